def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1

def nothing():
    x = 1

def early():
    return
    print("never printed")

print(sign(-5), sign(0), sign(9))
print(nothing())
print(early())
print(sign(sign(-3) - 1))

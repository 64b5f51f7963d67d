def parity(n):
    return "even" if n % 2 == 0 else "odd"

print([parity(n) for n in range(4)])
x = 0
print("zero" if x == 0 else "pos" if x > 0 else "neg")
x = -3
print("zero" if x == 0 else "pos" if x > 0 else "neg")
print((lambda v: v if v else "empty")(""))
def side(v):
    print("side", v)
    return v
print(side("a") if False else side("b"))

def attempt(x):
    try:
        print("trying", x)
        r = 10 // x
    except ZeroDivisionError:
        print("division failed")
        return "except"
    else:
        print("no error, r =", r)
        return "else"
    finally:
        print("finally always runs")

print(attempt(2))
print(attempt(0))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())

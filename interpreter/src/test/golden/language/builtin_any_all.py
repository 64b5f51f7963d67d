print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def check(v):
    print("check", v)
    return v
print(any(check(v) for v in [0, 1, 2]))
print(all(check(v) for v in [1, 0, 2]))
print(any("abc"), all(""))

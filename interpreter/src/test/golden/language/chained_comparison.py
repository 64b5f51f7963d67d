x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(0 <= x <= 5 == 5 != 4)
print(1 == 1.0 == True, "a" < "b" < "c")
def val(v):
    print("eval", v)
    return v
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < "a")

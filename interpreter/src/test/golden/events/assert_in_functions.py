def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x


def check_pair(a, b):
    assert (
        a < b
    ), "not ordered"
    return a, b


print(check_positive(3))
print(check_pair(1, 2))
try:
    check_pair(3, 1)
except AssertionError as e:
    print("caught:", e)
check_positive(-2)

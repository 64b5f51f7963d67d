def check(a, b):
    assert (
        a
    ), (
        "a is falsy")
    assert (
        a <= b
        and b < 100
    ), f"bad range {a}..{b}"
    return b - a


print(check(1, 5))
for args in [(0, 1), (5, 1), (1, 200)]:
    try:
        check(*args)
    except AssertionError as e:
        print("failed:", e)
check(3,
      2)

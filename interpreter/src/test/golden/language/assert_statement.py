assert True
assert 1 + 1 == 2, "math works"
try:
    assert False, "custom message"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e))
x = 3
assert x > 5, f"x is only {x}"

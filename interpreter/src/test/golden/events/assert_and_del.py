x = 1
assert x == 1
del x
try:
    assert False, "no"
except AssertionError:
    pass

raise
raise ValueError
raise ValueError("x") from e
raise E from None
assert x
assert x, "message"
assert (x, y)

a = 0
b = 1
if (
  a < 1 and
  b
):
  pass
if (
  b and
  a < 1 and
  b
):
  pass


def check(a, b):
    assert (
        a < 10
        and b
    ), "bad"


check(1, 2)
check(1, 0)

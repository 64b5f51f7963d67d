def g():
    return 1


def f(
    a=g(),
    b=2,
):
    return a + b


def h(
    c,
    d=[1,
       2],
):
    return c, d


def k(
    *,
    e=3,
):
    return e


def m(x,
      y=[]): return x, y


def n(first: int,
      second: str = "s") -> None:
    return None


print(f(), h(0), k(), m(1), n(1))

def outer(limit):
    size = 3
    def inner(a: int = size, *, b: str = "x") -> list:
        return [a] * limit
    return inner

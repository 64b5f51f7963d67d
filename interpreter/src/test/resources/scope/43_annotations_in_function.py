def f(a: "T") -> "R":
    x: int
    y: list = []
    z: Unknown = 1
    return y

class Point:
    x: int = 0
    y: int

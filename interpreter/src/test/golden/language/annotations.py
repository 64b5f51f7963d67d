"""Type hints: evaluated in a module or class body and at def time, never inside a function."""

limit: int = 10
label: str
print(__annotations__)


def make_scaler(factor: float = 2.0, *, offset: int = 0) -> "callable":
    def scale(value: float) -> float:
        note: "never evaluated" = value * factor
        return note + offset
    return scale


scale = make_scaler(3.0, offset=1)
print(scale(2), scale.__annotations__, make_scaler.__annotations__)
print(make_scaler.__annotations__ is make_scaler.__annotations__)


def spread(
    first: int,
    /,
    second: str = "b",
    *rest: tuple,
    flag: bool,
    **extra: dict,
) -> None:
    return None


print(list(spread.__annotations__))


class Point:
    x: int
    y: int = 0
    __secret: str = "hidden"

    def moved(self, dx: int) -> "Point":
        return self


print(Point.__annotations__, Point.y)
print(hasattr(Point, "x"), Point.moved.__annotations__)


class Plain:
    pass


print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
(lambda: None).__annotations__["later"] = 1
try:
    def broken(value: Undefined) -> None:
        pass
except NameError as e:
    print("def failed:", e)
ratio: Missing = 0.5

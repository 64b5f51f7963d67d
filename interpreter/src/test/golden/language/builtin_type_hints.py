def f(x: list[int], y: tuple[int, ...] = (), z: int | None = None) -> dict[str, int]: pass
print(f.__annotations__)
print(list[int], type(list[int]), list[int] == list, list[int] == list[int])
print(int | str, type(int | str), int | int, (int | None) | str, None | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(tuple[()], type[int], set[frozenset[str]], dict[str, list[tuple[int, str]]])
class Box: pass
print(list[Box], Box | None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    range[int]
except TypeError as e:
    print(e)
try:
    3 | int
except TypeError as e:
    print(e)

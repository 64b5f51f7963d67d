from typing import Callable, Optional, Union, List, Dict, Tuple, Any, TypeVar, ParamSpec, Iterator, cast, TYPE_CHECKING
import functools
import typing

P = ParamSpec("P")
R = TypeVar("R")
T_co = TypeVar("T_co", covariant=True)


def make_multiplier(n: int) -> Callable[[int], int]:
    def multiply(x: int) -> int:
        return x * n
    return multiply


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name: str, punct: Optional[str] = None) -> str:
    return "Hi " + name + (punct or "")


print(make_multiplier(3)(4), greet("Ada", punct="!"))
print(make_multiplier.__annotations__)
print(greet.__wrapped__.__annotations__)
print(wrapper_ann := logged.__annotations__)
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, int, str])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[..., Any], Iterator[T_co])
print(Any, R, T_co, P, P.args, typing.Callable, cast(int, "not checked"), TYPE_CHECKING)

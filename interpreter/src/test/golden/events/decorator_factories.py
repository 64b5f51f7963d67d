import functools


def repeat(times):
    print("making repeat", times)

    def decorate(fn):
        print("decorating", fn.__name__)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = None
            for _ in range(times):
                result = fn(*args, **kwargs)
            return result
        return wrapper
    return decorate


def tag(label):
    def decorate(fn):
        fn.label = label
        return fn
    return decorate


@tag("outer")
@repeat(
    times=2,
)
def greet(name):
    print("hello", name)
    return len(name)


print(greet("ann"))
print(greet.__name__, greet.label, greet.__wrapped__.__name__)


class Service:
    @staticmethod
    @tag("static")
    def ping():
        return "pong"

    @property
    @functools.lru_cache(maxsize=None)
    def size(self):
        return 3


print(Service.ping(), Service.ping.label, Service().size)

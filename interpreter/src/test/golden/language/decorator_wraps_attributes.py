import functools

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@counted
def greet(name, punct="!"):
    """Say hello."""
    return f"hello {name}{punct}"

@plain
def shout(text):
    """Loud."""
    return text.upper()

print(greet("ann"), greet("bob", punct="?"), greet.calls)
print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.__wrapped__("cy"), greet.calls)
print(shout.__name__, shout.__qualname__, shout.__doc__)
print(hasattr(shout, "__wrapped__"))
print(greet.__module__, sorted(k for k in vars(greet)))

class Greeter:
    @counted
    def hi(self, who):
        """Method doc."""
        return f"{self.__class__.__name__} says hi to {who}"

    @classmethod
    @counted
    def make(cls):
        return cls()

g = Greeter.make()
print(g.hi("x"), g.hi("y"))
print(Greeter.hi.calls, Greeter.hi.__qualname__, Greeter.make.__qualname__)
print(Greeter.make.__func__.calls)

@counted
@plain
def both(x):
    return x * 2
print(both(4), both.__name__, both.__wrapped__.__name__, both.calls)

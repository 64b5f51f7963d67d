class Greeter:
    def hello(self):
        return "hi"

def gen():
    yield 1

def outer():
    x = 1
    def inner():
        return x
    return inner

g = Greeter()
print(g.hello)
print(Greeter.hello, Greeter)
print(gen(), (n for n in "a"))
print(outer(), outer().__code__)
print(len, print, [].append)
print(iter([]), iter(range(2)), range(2))
print({}.keys(), zip(), map(len, []), enumerate([]))
print(type(None), type(NotImplemented), Ellipsis, NotImplemented)
print(object(), super)

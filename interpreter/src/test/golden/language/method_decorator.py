def shout(method):
    def wrapper(self, *args):
        return method(self, *args).upper()
    return wrapper

class Greeter:
    def __init__(self, name):
        self.name = name
    @shout
    def greet(self, punct="!"):
        return "hello " + self.name + punct

g = Greeter("ada")
print(g.greet(), g.greet("?"))
print(Greeter.greet.__name__, Greeter.greet.__qualname__)
print(Greeter.greet.__closure__[0].cell_contents.__qualname__)

class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other):
        return f"{self.name} greets {other}"

g = Greeter("ann")
bound = g.hello
print(bound("bob"), bound.__name__, bound.__qualname__)
unbound = Greeter.hello
print(unbound(g, "cy"), type(bound).__name__, type(unbound).__name__)
calls = [Greeter(n).hello for n in ["x", "y"]]
print([c("z") for c in calls])
print(bound == g.hello, bound is g.hello)
unbound("no self")

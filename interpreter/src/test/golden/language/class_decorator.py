registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Alpha:
    pass

@register
class Beta:
    pass

print(registry, Alpha.registered, Beta().registered)

def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls

@add_greeting
class Gamma:
    pass
print(Gamma().greet())

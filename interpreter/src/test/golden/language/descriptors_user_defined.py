class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Product:
    price = Positive()
    quantity = Positive()

    def __init__(self, price, quantity):
        self.price = price
        self.quantity = quantity

    @Lazy
    def total(self):
        print("computing total")
        return self.price * self.quantity


p = Product(3, 4)
print(p.total, p.total, vars(p))
print(type(Product.price).__name__, type(Product.total).__name__)
try:
    p.quantity = -1
except ValueError as e:
    print(e)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __delete__(self, obj):
        print("deleting")


class Holder:
    answer = ReadOnly()


h = Holder()
del h.answer
print(h.answer)
h.answer = 1

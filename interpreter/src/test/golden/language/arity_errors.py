def two(a, b):
    pass

class Box:
    def put(self, item):
        pass

def outer():
    def inner(x):
        pass
    return inner

for call in [lambda: two(1), lambda: two(1, 2, 3), lambda: Box().put(),
             lambda: Box().put(1, 2), lambda: outer()(), lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
two()

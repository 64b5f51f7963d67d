def a(x):
    def b(y):
        def c(z):
            return lambda w: [x + y + z + w + v for v in range(3)]
        return c
    return b

def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner()

print(outer())

def outer():
    x: int = 1

    def inner():
        global x
        x: int = 2
    return inner

def outer():
    x = 1
    def middle():
        global x
        def inner():
            return x
        return inner
    return middle

def outer():
    x = "outer"
    class C:
        global x
        def m(self):
            return x
    return C

class D:
    """A documented class."""

    def __init__(self):
        self.v = 2

d = D()
print(d.v)

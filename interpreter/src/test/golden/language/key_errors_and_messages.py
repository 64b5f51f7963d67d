grid = {(0, 0): "origin", (1, 2): "point"}
for key in [(0, 0), (5, 5), ("a",), ()]:
    try:
        print(grid[key])
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)


class Empty(Exception):
    pass


class Coded(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"error code {self.code}"


for exc in [Empty(), Coded(404), KeyError(), ValueError(""), OSError(2, "No such file")]:
    print(repr(str(exc)), repr(exc))
raise Coded(500)

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    class Row:
        def __init__(self, values):
            self.values = values

        def at(self, i):
            return self.values[i]

    def cell(self, r, c):
        return Matrix.Row(self.rows[r]).at(c)

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @staticmethod
    def check(x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        return x


m = Matrix.identity(2)
print(m.cell(1, 1), Matrix.check(3))
try:
    Matrix.check(-1)
except ValueError as e:
    print(e)
m.cell(0, 5)

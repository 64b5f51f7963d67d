class Strict:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n

print(Strict(3).n)
try:
    Strict(-1)
except ValueError as e:
    print("rejected", e)
class Bad:
    def __init__(self):
        return 5
Bad()

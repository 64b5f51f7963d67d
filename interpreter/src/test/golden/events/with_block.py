class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

with Ctx() as c:
    y = 1
print(y)

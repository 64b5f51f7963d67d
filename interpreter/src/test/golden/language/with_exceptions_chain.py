class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("rollback", self.name, exc)
            raise RuntimeError(f"{self.name} failed") from exc
        print("commit", self.name)


with Transaction("t1"):
    print("work")

try:
    with Transaction("t2") as t:
        raise ValueError("bad value")
except RuntimeError as e:
    print("caught", e, "caused by", repr(e.__cause__))

with Transaction("t3"):
    {}["missing"]

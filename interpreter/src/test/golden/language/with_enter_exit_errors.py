class Faulty:
    def __init__(self, where):
        self.where = where

    def __enter__(self):
        if self.where == "enter":
            raise OSError("cannot enter")
        return self

    def __exit__(self, *exc):
        if self.where == "exit":
            raise OSError("cannot exit")
        return False


for where in ["enter", "exit"]:
    try:
        with Faulty(where) as f:
            print("inside", where)
    except OSError as e:
        print("caught", e)

try:
    with 42:
        pass
except TypeError as e:
    print(e)

with Faulty("none"), Faulty("exit"):
    print("two managers")

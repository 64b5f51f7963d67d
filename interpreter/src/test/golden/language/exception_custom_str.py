class Problem(Exception):
    def __init__(self, where, what):
        super().__init__(where, what)
        self.where, self.what = where, what
    def __str__(self):
        return f"{self.what} at {self.where}"

try:
    raise Problem("line 3", "oops")
except Problem as p:
    print(p, "|", repr(p), "|", p.args)
class Bare(Exception):
    pass
print(str(Bare()), repr(Bare()), str(Bare("a", "b")))
raise Problem("the end", "fatal")

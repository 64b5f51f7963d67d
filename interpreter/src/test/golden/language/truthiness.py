values = [0, 1, -1, 0.0, "", "0", [], [0], {}, {0: 0}, (), set(), None, True, False]
print([bool(v) for v in values])
class Empty:
    def __len__(self):
        return 0
class Always:
    pass
print(bool(Empty()), bool(Always()))
print(0 or "" or None, 1 and [] and 2, not [])
if Empty():
    print("never")
else:
    print("empty object is falsy")

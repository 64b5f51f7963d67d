class Quiet:
    def __enter__(self):
        return "token"
    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            print("suppressed:", v)
            return True
        return None

with Quiet() as tok:
    print(tok)
    1 / 0
print("after first with")
with Quiet():
    [][1]

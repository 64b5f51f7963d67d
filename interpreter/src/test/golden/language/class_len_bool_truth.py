class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        print("len called")
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
    def __len__(self):
        print("never")
        return 0

class Nothing:
    pass

for obj in (Box([]), Box([1]), Flag(True), Flag(False), Nothing()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")

print(not Box([]), Box([2]) and "and", Box([]) or "or")
x = Box([1, 2])
while x:
    x.items.pop()
print(len(x))

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
for bad in (BadBool(), BadLen(), FloatLen()):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(FloatLen())
except TypeError as e:
    print(e)
try:
    len(Nothing())
except TypeError as e:
    print(e)
if BadBool():
    pass

class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

p = Point()
for name in ["x", "z"]:
    try:
        print(getattr(p, name))
    except AttributeError as e:
        print(e)
try:
    None.upper()
except AttributeError as e:
    print(e)
print(p.xx)

x = "module"

class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def method(self):
        return x

print(C.y, C.items, C().method())
class D:
    total = 0
    for i in range(4):
        total += i
print(D.total, D.i)

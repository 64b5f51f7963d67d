def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
push(1); push(2)
print(size(), pop(), size())
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
s = Stack()
s.push("a")
print(s.items, push.__closure__[0].cell_contents)
pop(); pop()

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1])
s.push(2)
print(s, len(s), s.peek(), isinstance(s, list))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hi").shout(), Upper("x") + "y")
class Counts(dict):
    def __missing__(self, key):
        return 0
c = Counts(a=1)
print(c["a"], c["zzz"], c)
print(Stack().peek())

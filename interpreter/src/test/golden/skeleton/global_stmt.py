total = 0
calls = 0

def add(n):
    global total, calls
    total += n
    calls = calls + 1
    return total

def peek():
    return total

print(add(5), add(7))
print(total, calls, peek())

def make_global():
    global fresh
    fresh = "created inside"

make_global()
print(fresh)

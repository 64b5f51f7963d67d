count = 0

def bump():
    global count
    count += 1

def outer():
    v = 0
    def inner():
        nonlocal v
        v += 1
    inner()
    return v

bump()
print(count, outer())

count = 0

def global_counter():
    global count
    count += 1
    return count

def closure_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = closure_counter()
print(global_counter(), global_counter(), c(), c(), c())
print(count, c.__closure__[0].cell_contents, global_counter.__closure__)

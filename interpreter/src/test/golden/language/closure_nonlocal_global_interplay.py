count = 100

def outer():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def bump_global():
        global count
        count += 10
        return count
    def nested():
        def deeper():
            nonlocal count
            count *= 2
            return count
        return deeper
    print(bump(), bump_global(), nested()(), bump())
    print(bump.__code__.co_freevars, bump_global.__code__.co_freevars)
    print(outer.__code__.co_cellvars if False else nested.__code__.co_freevars)
    return count

print(outer(), count)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)

def shadow():
    x = "enclosing"
    def mid():
        x = "mid"
        def inner():
            return x
        return inner
    return mid()()
print(shadow())

def g():
    global fresh
    fresh = "created"
g()
print(fresh)

def uses_before_global():
    print(count)
    total = count + 1
    return total
print(uses_before_global())

def outer():
    x = 1
    def bump():
        nonlocal x
        x = x + 10
    print("before", x)
    bump()
    print("after one", x)
    bump()
    print("after two", x)
    return x

print(outer())

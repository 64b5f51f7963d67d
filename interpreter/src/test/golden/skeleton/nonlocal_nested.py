def level1():
    n = 0
    def level2():
        def level3():
            nonlocal n
            n += 100
            return n
        return level3
    f = level2()
    print(f())
    print(f())
    print("n in level1:", n)
    return f

g = level1()
print(g())
print(g.__qualname__)

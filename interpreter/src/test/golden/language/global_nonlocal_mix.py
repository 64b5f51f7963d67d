level = "global"

def outer():
    level = "outer"
    def middle():
        def inner_global():
            global level
            level = "changed by inner_global"
        def inner_nonlocal():
            nonlocal level
            level = "changed by inner_nonlocal"
        inner_global()
        print("after global:", level)
        inner_nonlocal()
        print("after nonlocal:", level)
    middle()
    return level

print(outer())
print(level)

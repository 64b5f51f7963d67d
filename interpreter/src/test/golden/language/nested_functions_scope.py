x = "global"

def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    def shadow():
        x = "local"
        print("shadow sees", x)
    inner()
    shadow()
    print("outer still", x)

outer()
print("module", x)
def uses_later():
    return later
later = "defined after the def"
print(uses_later())

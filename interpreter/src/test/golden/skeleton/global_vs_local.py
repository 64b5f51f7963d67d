x = "global"

def local_shadow():
    x = "local"
    return x

def reads_global():
    return x

print(local_shadow(), reads_global(), x)

def changes_global():
    global x
    x = "changed"

changes_global()
print(x, reads_global())

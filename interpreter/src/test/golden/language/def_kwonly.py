def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("a", secure=True))
print(connect("b", port=443, secure=False))
def pos_only(x, y, /, z):
    return x + y + z
print(pos_only(1, 2, 3), pos_only(1, 2, z=3))
print(connect.__kwdefaults__, connect.__defaults__)
try:
    pos_only(1, y=2, z=3)
except TypeError as e:
    print(e)
connect("c", 8080)

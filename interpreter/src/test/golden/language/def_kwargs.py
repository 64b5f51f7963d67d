def show(**options):
    print(type(options).__name__, options)

show()
show(color="red", size=3)
def mixed(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, kw)
mixed(1, c=3)
mixed(1, 20, 30, 40, c=3, e=5, d=0)
opts = {"c": "C", "z": "Z"}
mixed(*[9, 8, 7], **opts)
mixed(1, 2)

with open(f) as g:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
with a as (x, y):
    pass
with (a as x, b as y):
    pass
with (a, b):
    pass
with (a):
    pass
with f() as x.y: pass

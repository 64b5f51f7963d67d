a[*b]
a[*b, c]
a[1:2, ::3]
print(*a, sep='')
x = -1
y = +-~x
z = not -x
lambda: x if y else z
del x[0], y.z
f = lambda *, k=1, **rest: k
g = (lambda: 1)()
h = [i for i in range(3)][0]
(a)
((a, b))
((a), (b))
(yield_ := 3)
x = [
    # comment inside brackets
    1,  # trailing
]
if (a and
        b):
    pass
s = ('implicit'
     "concatenation"
     '''across lines''')
t = a if b else (c if d else e)
u = a.b(c)[d].e
v = {**a}
w = {1: 2, **b, 3: 4}
x = 1 if True else 2, 3
n = a @ b

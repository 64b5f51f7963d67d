a.b
a.b.c
(a).b
a.b.c.d = 1
f().x
"s".join(x)
(1).real

x = 1
a = b = c = 2
a, b = b, a
(a, b) = 1, 2
[a, *b] = range(3)
x.y = z[0] = 3
x = 1; y = 2;
t = 1,

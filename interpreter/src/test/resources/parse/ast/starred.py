*a, b = c
a, *b = c
a, *b, c = d
print(*args)
x = *a, *b
[*a]

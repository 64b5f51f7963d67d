a = 1
b, (c, *d) = 2, (3, 4, 5)
e: int = 5
f: str
a += b
for g in range(2):
    pass
with open(__file__) as h:
    pass
print(a, undefined_name)

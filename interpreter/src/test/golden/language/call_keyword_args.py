def point(x, y, z=0):
    return (x, y, z)

print(point(1, 2), point(y=5, x=1), point(1, z=9, y=2))
print(point(*[1, 2]), point(**{"x": 3, "y": 4}))
print(point(1, *[2], **{"z": 3}))
try:
    point(1, 2, x=3)
except TypeError as e:
    print(e)
try:
    point(1, q=2)
except TypeError as e:
    print(e)
point(1, **{"y": 2}, **{"y": 3})

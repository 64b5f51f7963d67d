def add(a,
        b):
    return (a
            + b)

r = add(
    1,
    2,
)
print(r)

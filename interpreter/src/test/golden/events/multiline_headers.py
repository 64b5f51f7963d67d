class Box:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


def scan(limit, values):
    total = 0
    i = 0
    while (
        i < len(values)
        and total
        < limit
    ):
        total += values[i]
        i += 1
    if (
        total
    ):
        print("some", total)
    elif (not
          values):
        print("none")
    for v in (
        values
    ):
        if (v > 2 or
                v == 0):
            print("big or zero", v)
    with (
        Box(values)
    ) as items:
        print(len(items))
    label = ("even"
             if total % 2 == 0
             else "odd")
    flag = ("yes" if
            total
            else "no")
    return label, flag


print(scan(5, [1, 2, 3, 0]))
print(scan(5, []))
print(scan(0, [4]))

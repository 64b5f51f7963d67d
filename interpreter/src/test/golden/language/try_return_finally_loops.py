def first_even(items):
    for x in items:
        try:
            if x % 2 == 0:
                return x
            if x < 0:
                break
        finally:
            print("checked", x)
    else:
        return None
    return "negative"


def count_until(items, stop):
    total = 0
    for x in items:
        try:
            if x == stop:
                continue
            total += x
        except TypeError:
            print("skip", x)
            continue
        else:
            print("added", x)
        finally:
            print("after", x)
    return total


print(first_even([1, 3, 4, 5]))
print(first_even([1, -3, 4]))
print(first_even([1, 3]))
print(count_until([1, 2, "a", 3], 2))

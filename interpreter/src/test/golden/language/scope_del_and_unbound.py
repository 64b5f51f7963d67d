x = 5
del x
x = 6
print(x)


def tally(items):
    for item in items:
        count += item
    return count


def shadow():
    print(x)
    x = 1


def delete_local():
    y = 1
    del y
    return y


for fn, arg in [(tally, [1]), (shadow, None), (delete_local, None)]:
    try:
        fn(arg) if arg else fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
del x
print(x)

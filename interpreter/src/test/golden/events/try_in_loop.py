for x in [1, 0]:
    try:
        r = 1 // x
    except ZeroDivisionError:
        continue
    print(r)

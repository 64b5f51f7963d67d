nothing = None
five = 5
cases = [lambda: "a" + 1, lambda: 1 + "a", lambda: [1] * "x", lambda: len(5),
         lambda: nothing(), lambda: five[0], lambda: {}[[]], lambda: -"x", lambda: abs("x")]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
x = "total: " + 3

try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_thing
except NameError as e:
    print("outer caught:", e)
    print("context:", repr(e.__context__))
try:
    int("q")
except ValueError:
    [].pop()

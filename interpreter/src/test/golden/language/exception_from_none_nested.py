def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None

try:
    lookup({}, "a")
except LookupError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def level3():
    raise ValueError("deep")

def level2():
    try:
        level3()
    except ValueError as e:
        raise TypeError("middle") from e

def level1():
    try:
        level2()
    except TypeError:
        x = 1 / 0

level1()

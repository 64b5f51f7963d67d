for text in ["12", "-0", "3.5", "1e3", "inf", " 7 ", "0x10"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "->", e)
print(float("3.5"), float("1e3"), float(" -inf "), str(float("1e3")))
print(int(float("1e3")), int("10", 2), int("-ff", 16), int("Z", 36))
print(bool("False"), str(False), repr(str(None)))
print(list(map(int, "1 2 3".split())), tuple(map(float, ["1", "2.5"])))

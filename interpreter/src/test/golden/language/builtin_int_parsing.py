for text in ["42", " -7 ", "1_000", "0x1f", "3.5", "", "abc", "12a", "١٢"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(e)
print(int("0x1f", 16), int("z", 36), int("0b101", 0), int("777", 8), int(" 11 ", 2))
for text, base in [("2", 2), ("9", 8), ("0x", 16), ("10", 1), ("10", 37)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(e)
for value in [3.9, -3.9, True, None, [1]]:
    try:
        print(int(value))
    except TypeError as e:
        print(e)
print(float(" 1.5e3 "), float("-inf"), float("nan"), float("1_0.5"))
float("one")

data = {"a": 1, "b": 0}
try:
    print({k: 10 // v for k, v in data.items()})
except ZeroDivisionError as e:
    print("dict comp:", e)
try:
    print(sum(1 / v for v in data.values()))
except ZeroDivisionError as e:
    print("genexpr:", e)
scale = lambda xs: [x / (x - 1) for x in xs]
print(scale([2, 3]))
print({len(w) for w in ["ab", "c", None]})

stock = {"apple": 3}
print(stock.setdefault("pear", 0), stock.setdefault("apple", 9), stock)
print(stock.pop("pear"), stock.pop("plum", "none"), stock)
print(stock.popitem(), stock)
print(stock.get("x"), dict.fromkeys("ab", 0), {**{"a": 1}, "b": 2})
d = {"k": 1}
d.update(j=2)
d.update([("m", 3)])
print(d, d | {"z": 0}, list(d.keys()), list(d.values()))
for action in [lambda: stock.popitem(), lambda: stock.pop("gone"), lambda: d.update(5),
               lambda: d.update([1]), lambda: dict([("a", 1, 2)]), lambda: {}.setdefault(),
               lambda: {[1]: 2}, lambda: d["missing"]]:
    try:
        action()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

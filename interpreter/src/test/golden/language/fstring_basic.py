name = "cell"
n = 3
print(f"{name} has {n} items")
print(f"{name!r} {name!s} {n!r}")
print(f"{n + 1} {n * n} {[n] * 2}")
print(f"{name.upper()}-{len(name)}")
print(f"{{literal braces}} {n}")
print(f"{n=}", f"{name=}", f"{n * 2 = }")
print(f"{'nested'}", f"{name:>8}|", f"{name!r:>8}|")
width = 6
print(f"{n:{width}}|", f"{3.14159:.{n}f}")

x = 3.14159
name = "Ada"
items = [1, 2]
print(f"{x=}")
print(f"{x=:.2f}")
print(f"{x = :>10.3f}|")
print(f"{name=!r} {name=!s} {name=}")
print(f"{items=} {len(items)=}")
print(f"{x*2=:.1f} {name.upper()=}")
width, prec = 10, 2
print(f"{x:{width}.{prec}f}|{x:<{width}}|")
print(f"{'nested'!r:^12}|{name!r:>8}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.12345:.1%} {-0.0:+.1f}")
print(f"{42:#x} {42:#o} {42:#b} {42:08.2f} {42:e}")
print(f"{{braces}} {x!r}")
d = {"k": 5}
print(f"{d['k']=} {d=}")
value = None
print(f"{value=} {value!r:>6}|")
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:,s}")
except ValueError as e:
    print("ValueError:", e)

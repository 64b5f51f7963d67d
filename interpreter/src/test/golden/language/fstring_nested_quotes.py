d = {"key": "value", "n": 7}
print(f"{d['key']} and {d['n'] * 2}")
items = ["x", "y"]
print(f"{', '.join(items)}!")
print(f"{'yes' if d['n'] > 5 else 'no'}")
print(f"{len(items):>4}|{items[0]!r:^5}|")
print(f"{3.5:08.3f} {-7:+05d} {1000000:_}")
x = 10
print(f"{x!r:>{x // 2}}|")
print(f"{d['missing']}")

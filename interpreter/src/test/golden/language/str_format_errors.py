print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6}|{:<6}|{:^6}|{:06.2f}|{:,}|{:x}|{!r}".format("r", "l", "c", 3.14159, 1234567, 255, "s"))
print("{0[1]} {p.real}".format([5, 6], p=3), "{:%}".format(0.25), "{{literal}}".format())
for fmt, args, kwargs in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{name}", (), {}), ("{:d}", ("x",), {}),
                          ("{", (), {}), ("}", (), {}), ("{0[5]}", ([1],), {}), ("{:q}", (1,), {}),
                          ("{!x}", (1,), {}), ("{a.b}", (), {"a": 1})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(f"{3.14159:.2f} {'x'!r:>5} {10:#b} {-5:+d} {1e6:g} {0.000012:e}")

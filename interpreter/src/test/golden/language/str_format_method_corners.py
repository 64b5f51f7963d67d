print("{} {} {}".format(1, "a", [2]))
print("{0}{1}{0}".format("ab", "-"))
print("{name:>6}|{name:<6}|{name:^7}|".format(name="cat"))
print("{:*^11}".format("mid"), "{:=+8}".format(42), "{:08}".format(-42))
print("{0[1]} {0[0]} {1[k]}".format(["x", "y"], {"k": "v"}))
print("{:,} {:_} {:#x} {:#o} {:#b} {:X}".format(1234567, 1234567, 255, 8, 5, 3054))
print("{!r:>10}|{!s:<6}|".format("hi", "yo"))
print("{{literal}} {}".format(5))
print("{:.3}".format("abcdef"), "{:>8.2}".format("xyz"))
print("{:c}".format(65), "{:d}".format(True), "{:5}|".format(True))
class P:
    def __init__(self, x):
        self.x = x
    def __format__(self, spec):
        return f"P<{self.x}:{spec}>"
print("{}".format(P(1)), f"{P(2):xyz}", format(P(3), "q"))
print("{0.x}".format(P(7)))
w = 10
p = 3
print(f"{3.14159:{w}.{p}f}|", f"{'s':{'>'}{w}}|")
x = 5
print(f"{x=}", f"{x = }", f"{x*2=:>5}", f"{'a'=}")
print(f"{x!r:^5}|", f"{[1,2]!s}", f"{ {'a': 1} }")
for spec in ["{:d}", "{:.2f}", "{:x}"]:
    try:
        print(spec.format("str"))
    except ValueError as e:
        print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(3.5, "d")
except ValueError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)

data = {"name": "Ada", "score": 93.456, "rank": 2}
print("{name:>{width}}|{score:.{prec}f}".format(width=8, prec=1, **data))
print("{0[name]} has {0[score]:.2f}".format(data))
print("{:{fill}{align}{w}}".format("mid", fill="*", align="^", w=9))
print("{name!r:>8} {rank:03d}".format_map(data))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} {missing}".format_map(Default(name="x")))
point = (3, 4)
print("x={0[0]} y={0[1]} {1.real}".format(point, 5))
print("{{literal}} {}".format(1))
print("{:,} {:_} {:,.2f} {:_x} {:#b} {:#o} {:#X}".format(1234567, 1234567, 1234.5, 255255, 5, 8, 255))
print("{:+d} {: d} {:-d} {:=+8d} {:08.3f} {:>+8.2e}".format(5, 5, -5, 42, -3.14159, 12345.678))
print("{:10,d}|{:<10_}|{:^12,.1f}".format(9876543, 12345, 1234567.89))
print("{:x} {:X} {:o} {:b} {:c}".format(-255, 3054, -8, 10, 65))
for bad in ("{:,s}", "{:d}", "{0} {}", "{name", "{:.2d}"):
    try:
        print(bad.format(3.5))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
print(format(1234.5678, ",.2f"), format(0.000123, ".2e"), format(255, "08b"))

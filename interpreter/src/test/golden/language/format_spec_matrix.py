values = [0.0, -0.0, 2.5, 3.5, 1 / 3, 1e16, 1e-5, 2.675, 1234567.891, 9.999999, 99.5, float("inf"), float("nan"), -1.5]
specs = ["", "f", ".2f", ".0f", "e", ".2e", ".0e", "g", ".2g", ".3", "%", ".1%", "10.3f", "<10.1f", "+.3f", ",.2f", "012.2f", "#g", "^12", "_.1f"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
ints = [0, -1, 42, 255, 1234567, 10 ** 20]
int_specs = ["d", "5d", "05d", "+d", "x", "#X", "b", "#o", ",", "_x", "012,", "^8", "=8", " d", "e", ".2f", "%", "c"]
for i in ints[:-1]:
    print(i, [format(i, s) for s in int_specs])
print([format("abc", s) for s in ["", "5", ">5", "^6", "*^7", ".2", "05"]])
print([format(True, s) for s in ["", "5", "d"]])
print("%s %r %d %5.2f %-5d| %05d %x %X %o %e %g %c %% %+d %.3s" % ("s", "r", 42, 3.14159, 7, 7, 255, 255, 8, 12345.678, 0.00001234, 65, 5, "abcdef"))
print("{:{}{}} {x[0]} {0!r:>8}".format(3.14159, ".", "2f", x=[5]))
print(format(10 ** 20, "c"))

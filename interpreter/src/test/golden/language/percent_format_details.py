print("%s scored %d (%.1f%%)" % ("Ada", 93, 93.456))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%5s|%-5s|%05d|%+d|% d" % ("ab", "ab", 42, 7, 7))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.000012, 1e-5, 1e20))
print("%.3g %10.4f %-10.2e| %c %c" % (3.14159, 2.5, 1234.5, 65, "z"))
print("%r %s %a" % ("q", "q", "é"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % (None, True))
for fmt, arg in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%d", 2.7), ("%c", 1234567)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%i %u" % (3, 4))

print("%s has %d items (%.1f%%)" % ("cart", 3, 42.25))
print("%5s|%-5s|%05d|%x|%o|%e|%r" % ("a", "b", 42, 255, 8, 12345.678, "q"))
print("%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%c%c" % (72, "i"), "%%")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1),
                  ("%(k)s", ("a",)), ("%d", None), ("%(k)s", {}), ("%c", 1.5), ("%.2f", "1")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

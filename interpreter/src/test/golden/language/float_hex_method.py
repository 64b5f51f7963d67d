# float.hex(): every mantissa digit, subnormals, signed zeros, infinities and nan.
def probe(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
for x in [1.0, -2.5, 0.0, -0.0, 0.1, 5e-324, 1e308, float('inf'), float('-inf'), float('nan'), 3.0, 2.0**-1030, 123456.789]:
    probe("float.hex(%r)" % x, lambda: x.hex())
probe("(1.0).hex(1)", lambda: (1.0).hex(1))
probe("float.hex(1)", lambda: float.hex(1))

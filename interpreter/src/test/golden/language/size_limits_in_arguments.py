def attempt(label, make):
    try:
        print(label, "->", repr(make())[:40])
    except (MemoryError, OverflowError, ValueError, IndexError) as e:
        print(label, "->", type(e).__name__, e)


attempt("'x'.center(10**12)", lambda: "x".center(10**12))
attempt("'x'.rjust(2**70)", lambda: "x".rjust(2**70))
attempt("'{:99999999999999999999}'", lambda: "{:99999999999999999999}".format(1))
attempt("'{:.99999999999999999999f}'", lambda: "{:.99999999999999999999f}".format(1.5))
attempt("chr(10**20)", lambda: chr(10**20))
attempt("chr(-2**31 - 1)", lambda: chr(-2**31 - 1))
attempt("chr(2**31 - 1)", lambda: chr(2**31 - 1))
attempt("[].pop(10**20)", lambda: [].pop(10**20))
attempt("[].pop(5)", lambda: [].pop(5))
attempt("'abc'[10**20]", lambda: "abc"[10**20])
attempt("[1, 2, 3][10**20:]", lambda: [1, 2, 3][10**20:])

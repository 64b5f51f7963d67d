def attempt(label, make):
    try:
        value = make()
        print(label, "->", len(value))
    except (MemoryError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)


attempt("[0] * 2**40", lambda: [0] * 2**40)
attempt("[1, 2] * 2**62", lambda: [1, 2] * 2**62)
attempt("'x' * 10**12", lambda: "x" * 10**12)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("'x' * 2**63", lambda: "x" * 2**63)
attempt("(1,) * 2**40", lambda: (1,) * 2**40)
attempt("[] * 2**80", lambda: [] * 2**80)
attempt("'' * 2**62", lambda: "" * 2**62)
attempt("'ab' * -3", lambda: "ab" * -3)
attempt("3 * [None]", lambda: 3 * [None])
cells = [0] * 2**50

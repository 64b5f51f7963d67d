def convert(value):
    try:
        return int(value)
    except (
        ValueError,
        TypeError,
    ) as e:
        print("cannot convert", repr(value), type(e).__name__)
        return None
    except (KeyError,
            IndexError):
        return -1


print(convert("5"), convert("x"), convert(None))


def lookup(d, k):
    try:
        return d[k]
    except (TypeError,
            KeyError):
        return "missing"


print(lookup({}, "a"), lookup({}, []))

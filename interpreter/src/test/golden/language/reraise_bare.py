def risky(n):
    if n > 2:
        raise RuntimeError(f"too big: {n}")
    return n


def guarded(n):
    try:
        return risky(n)
    except RuntimeError:
        print("logging and re-raising")
        raise


def retry(n):
    try:
        guarded(n)
    except RuntimeError as first:
        try:
            guarded(n + 1)
        except RuntimeError:
            raise first


print(guarded(1))
retry(5)

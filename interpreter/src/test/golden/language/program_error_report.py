def parse_all(items):
    results, errors = [], []
    for i, item in enumerate(items, start=1):
        try:
            results.append(int(item))
        except ValueError as e:
            errors.append(f"item {i}: {e}")
        except TypeError as e:
            errors.append(f"item {i}: {type(e).__name__}: {e}")
    return results, errors

ok, bad = parse_all(["1", "x", None, "4", "5.0"])
print(ok)
print(*bad, sep="\n")
print(f"{len(ok)} parsed, {len(bad)} failed")

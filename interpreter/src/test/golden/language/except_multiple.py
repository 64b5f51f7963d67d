def risky(kind):
    if kind == 1:
        return [][0]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    return None + 1

for kind in [1, 2, 3, 4]:
    try:
        risky(kind)
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except ValueError as e:
        print("value:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def replaced():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"


def nested(n):
    try:
        try:
            if n:
                raise KeyError(n)
            return "inner"
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
        return "outer"
    finally:
        print("outer finally")


print(swallow())
print(replaced())
print(nested(0))
print(nested(5))

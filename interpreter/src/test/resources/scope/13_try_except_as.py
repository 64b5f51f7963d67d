def risky(d, k):
    try:
        value = d[k]
    except KeyError as err:
        message = str(err)
        return message
    else:
        ok = True
    finally:
        done = 1
    return value

try:
    1 / 0
except ZeroDivisionError as e:
    print(e)

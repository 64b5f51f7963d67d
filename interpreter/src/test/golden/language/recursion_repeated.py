def countdown(n):
    return countdown(n - 1)


def ping(n):
    return pong(n)


def pong(n):
    return ping(n + 1)


try:
    countdown(3)
except RecursionError as e:
    print("RecursionError:", e)
ping(0)

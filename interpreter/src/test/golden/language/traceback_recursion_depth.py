def countdown(n):
    if n == 0:
        return []
    return [n] + countdown(n - 1)

print(len(countdown(500)))

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("RecursionError:", e)

def forever(x):
    return forever(x) + 1

forever(1)

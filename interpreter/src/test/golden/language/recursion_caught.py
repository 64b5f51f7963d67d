def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
print("still running")
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900))

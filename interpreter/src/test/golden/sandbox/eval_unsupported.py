print(callable(eval), eval)
try:
    eval("1 + 1")
except NotImplementedError as e:
    print("eval:", e)
exec("x = 1")

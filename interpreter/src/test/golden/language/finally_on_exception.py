def f():
    try:
        print("in try")
        raise IndexError("boom")
    finally:
        print("finally runs before the traceback")

try:
    f()
except IndexError as e:
    print("caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
f()

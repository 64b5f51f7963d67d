def countdown(n):
    print("start")
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("cleanup")
    return "done"


for x in countdown(2):
    print("got", x)

gen = countdown(3)
print(next(gen))
print(next(gen))
gen.close()

empty = countdown(0)
print(next(empty, "default"))


def echo():
    received = yield "ready"
    while received is not None:
        received = yield received.upper()


e = echo()
print(next(e))
print(e.send("hi"))
print(e.send("there"))
try:
    e.send(None)
except StopIteration as stop:
    print("stopped", stop.value)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

for v in gen():
    break
print("after")

n = 2
while n:
    n -= 1
else:
    print("done")

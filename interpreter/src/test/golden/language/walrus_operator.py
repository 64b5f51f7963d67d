data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
total = 0
i = 0
while (item := data[i]) != 9:
    total += item
    i += 1
print(total, item)
print([y for x in data if (y := x * 2) > 5])
print(y)
def f():
    [last := v for v in range(4)]
    return last
print(f())

def helper():
    return undefined_name + 1

print("start")
value = 3
print(value)
helper()

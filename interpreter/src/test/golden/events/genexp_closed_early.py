found = any(x > 1 for x in range(5))
print(found)

while (line := read()):
    pass
print(y := 5)
[z := 1, z]
x = (y := 2) + y

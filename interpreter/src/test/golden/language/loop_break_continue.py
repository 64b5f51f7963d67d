for n in range(10):
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("not printed: the loop broke")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally at", i)
for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(row, col, end="; ")
print()

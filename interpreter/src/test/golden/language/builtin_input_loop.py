total = 0
count = 0
while True:
    try:
        line = input("number? ")
    except EOFError:
        print("\nend of input")
        break
    if not line.strip():
        continue
    total += int(line)
    count += 1
print(f"{count} numbers, total {total}")

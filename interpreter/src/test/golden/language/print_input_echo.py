name = input("Name? ")
print("Hello,", name, sep=" ", end="!\n")
n = int(input())
total = 0
for _ in range(n):
    line = input().strip()
    if not line:
        continue
    total += sum(int(x) for x in line.split())
print("total", total, sep=": ")
print("a", "b", "c", sep="")
print("x", end="")
print("y", end="|\n")
print(*["p", "q"], sep="-", end="")
print()
print(sep="?")
print(1, 2, sep=None, end=None)
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    input()
except EOFError as e:
    print("EOFError:", e)

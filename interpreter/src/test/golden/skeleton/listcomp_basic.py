squares = [n * n for n in range(6)]
print(squares)
evens = [n for n in range(10) if n % 2 == 0]
print(evens)
pairs = [[a, b] for a in range(3) for b in range(a)]
print(pairs)
words = ["a", "bb", "ccc"]
print([w + "!" for w in words])
print([[c * 2 for c in range(r)] for r in range(4)])

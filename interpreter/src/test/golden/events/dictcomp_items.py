squares = {n: n * n for n in range(3) if n}
print(squares)

def pairs(n):
    return [(i, j)
            for i in range(n)
            if i % 2 == 0
            for j in range(i)
            if j != 1]

def squares_gen(items):
    gen = (x * x
           for x in items)
    return list(gen)

def table(words):
    return {
        w: len(w)
        for w in words
        if w
    }

def nested(rows):
    return [
        [cell * 2 for cell in row]
        for row in rows
    ]

print(pairs(5))
print(squares_gen([1, 2, 3]))
print(table(["ab", "", "cde"]))
print(nested([[1], [2, 3]]))
total = sum(
    n
    for n in range(4)
)
unique = {c.lower()
          for c in "AbBa"}
print(total, sorted(unique))

def grid(n):
    return [[r * c for c in range(n)] for r in range(n)]

def flatten(rows):
    return [cell for row in rows for cell in row if cell]

matrix = [[i + j for j in range(3)] for i in range(3)]

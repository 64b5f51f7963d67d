def make(n):
    offset = 3
    return (i + offset for i in range(n))

def nested(rows):
    return ((c for c in row) for row in rows)

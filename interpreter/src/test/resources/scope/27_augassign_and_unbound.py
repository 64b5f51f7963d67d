total = 0

def add(x):
    global total
    total += x

def broken():
    count += 1
    return count

def make():
    return [lambda: i for i in range(3)]

def make_bound():
    return [lambda i=i: i for i in range(3)]

def read(path):
    with open(path) as f, open(path) as g:
        data = f.read() + g.read()
    return data

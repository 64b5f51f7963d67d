def parse(s):
    return int(s)

def scale(x, factor):
    return x * factor

values = ["1", "2", "three"]
results = [scale(parse(v),
                 2) for v in values]
print(results)

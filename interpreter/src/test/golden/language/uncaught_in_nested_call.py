def parse(items):
    return [int(s) for s in items]

def load():
    return parse(["1", "2", "three"])

print(parse(["4", "5"]))
load()

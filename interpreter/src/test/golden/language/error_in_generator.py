def parse(lines):
    for n, line in enumerate(lines, start=1):
        key, value = line.split("=")
        yield key.strip(), value.strip()


def load(text):
    return dict(parse(text.splitlines()))


print(load("a = 1\nb = 2"))
load("a = 1\nbroken\nc = 3")

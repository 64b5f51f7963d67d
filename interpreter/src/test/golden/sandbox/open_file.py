def read_scores(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return "no file"


print("reading")
print(read_scores("scores.txt"))

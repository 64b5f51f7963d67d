def average(values):
    total = sum(values)
    return total / len(values)

def report(groups):
    lines = []
    for name, vals in groups.items():
        lines.append(f"{name}: {average(vals):.2f}")
    return lines

print(report({"a": [1, 2], "b": [3]}))
data = {"x": {"y": [1, 2, 3]}}
print(data["x"]["y"][1] + 10)
print(report({"c": [4], "empty": []}))

people = [("ada", 36), ("alan", 41), ("grace", 36)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))
by_age = {}
for name, age in people:
    by_age.setdefault(age, []).append(name)
print(by_age)
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 40, people)))

def add(a, b):
    return a + b

def describe(name, age, city):
    print(name, age, city)

print(add(2, 3))
print(add(add(1, 2), add(3, 4)))
describe("Ada", 36, "London")
result = describe("Alan", 41, "Wilmslow")
print(result)

def greet(name, greeting="Hello", mark="!"):
    return greeting + ", " + name + mark

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", "Hey", "?"))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(2, 10))

def make(n=[]):
    n.append(1)
    return n

print(make(), make(), make([5]))

def outer():
    factor = 3
    return [x * factor for x in range(3)]

print(outer())
class K:
    base = 10
    try:
        vals = [base + i for i in range(2)]
    except NameError as e:
        print("class scope not visible:", e)
    first = [i for i in range(base)][:3]
print(K.first)
x = 100
gen = (x for x in range(2))
print(list(gen), x)
print([(lambda: i)() for i in range(3)])
print([f() for f in [lambda: i for i in range(3)]])

def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

counter = make_counter()
print(counter(), counter())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def squared(source):
    for x in source:
        yield x * x

pipeline = squared(evens(numbers(10)))
print(list(pipeline))
print(sum(squared(evens(numbers(100)))))
gen = numbers(2)
print([x for x in gen], [x for x in gen])

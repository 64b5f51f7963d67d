def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
def general(n):
    return "".join(word for k, word in rules if n % k == 0) or str(n)
print([general(i) for i in [21, 35, 105, 8]])

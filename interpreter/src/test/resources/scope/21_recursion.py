def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def outer():
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    return fib(10)

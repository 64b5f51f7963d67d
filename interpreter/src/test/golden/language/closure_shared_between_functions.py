def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"only {balance} left")
        balance -= n
        return balance
    return deposit, withdraw

dep, wd = bank()
print(dep(100), wd(30), dep(5))
print(dep.__closure__[0] is wd.__closure__[0], dep.__closure__[0].cell_contents)
wd(1000)

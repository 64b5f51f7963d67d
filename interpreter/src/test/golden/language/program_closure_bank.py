def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(+amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"cannot withdraw {amount}, balance is {balance}")
        balance -= amount
        history.append(-amount)
        return balance

    return deposit, withdraw, lambda: list(history)

dep, wd, hist = make_account(10)
print(dep(5), wd(3), hist())
print(dep.__code__.co_freevars, wd.__code__.co_freevars, hist.__code__.co_freevars)
print(dep.__closure__[0] is wd.__closure__[0])
wd(100)

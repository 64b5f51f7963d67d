class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"

acct = Account("ada", 100)
acct.deposit(50)
acct.withdraw(30)
print(acct, acct.history)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("refused:", e)
acct.withdraw(1000)

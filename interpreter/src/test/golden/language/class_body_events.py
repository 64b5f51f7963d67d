counter = 10


class Account:
    """A bank account."""
    counter = counter + 1
    rate = 0.5
    kinds = [k.upper() for k in ("a", "b")]

    def __init__(self, owner,
                 balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    if rate > 0.1:
        def interest(self):
            return self.balance * self.rate


acct = Account("bo").deposit(5).deposit(2)
print(acct, acct.interest(), Account.counter, counter, Account.kinds)
try:
    acct.deposit(-1)
except ValueError as e:
    print("error:", e)

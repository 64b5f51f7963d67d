class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n
        return self

a = Account("ada").deposit(5).deposit(7)
print(a.balance)

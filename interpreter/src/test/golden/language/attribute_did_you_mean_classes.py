class Account:
    interest = 0.02
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount

acc = Account("kim")
for name in ("balanse", "owners", "deposti", "intrest", "zzz"):
    try:
        getattr(acc, name)
    except AttributeError as e:
        print(e, "|", e.name, e.obj is acc)
try:
    Account.depost
except AttributeError as e:
    print(e)
acc.deposti(5)

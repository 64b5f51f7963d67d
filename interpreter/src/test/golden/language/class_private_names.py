class Account:
    def __init__(self):
        self.__balance = 10
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance

a = Account()
print(a.balance(), a._hint)
print(sorted(a.__dict__))
print(a._Account__balance)
print(a.__balance)

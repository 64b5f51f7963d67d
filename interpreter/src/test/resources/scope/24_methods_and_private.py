class Account:
    __count = 0

    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        Account.__count += 1

    def __secret(self, __pin):
        __local = __pin
        return lambda: __local

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

a = Money(5, "EUR")
b = Money(5, "EUR")
print(a == b, a != b, a is b, a == 5, 5 == a)
print(Money.__hash__)
try:
    print(hash(a))
except TypeError as e:
    print("TypeError:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {a: 1}
except TypeError as e:
    print("TypeError:", e)
print(a in [b], [a].count(b), [b].index(a))

class Hashable(Money):
    def __hash__(self):
        return hash((self.amount, self.currency))

h1, h2 = Hashable(1, "USD"), Hashable(1, "USD")
print(len({h1, h2}), h1 == h2, hash(h1) == hash(h2))

class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), Plain.__hash__ is object.__hash__)
print(Money.__eq__(a, 3))
seen = {a}

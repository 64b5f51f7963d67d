class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.ORDER.index(self.rank) < self.ORDER.index(other.rank)
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

hand = [Card("K", "h"), Card("2", "s"), Card("T", "d"), Card("A", "c")]
print(sorted(hand))
print(max(hand), min(hand))
print(Card("3", "h") > Card("2", "h"))
try:
    Card("3", "h") <= Card("2", "h")
except TypeError as e:
    print(e)

class Other:
    pass

try:
    sorted([Other(), Other()])
except TypeError as e:
    print(e)
try:
    Card("2", "s") < 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    5 < Card("2", "s")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Other() < Card("2", "s")
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Other() > Other())
except TypeError as e:
    print(e)
print(sorted(hand, key=lambda c: c.suit))
print(sorted(hand, reverse=True))
hand.sort(key=lambda c: (c.suit, c.rank))
print(hand)
sorted([Card("2", "s"), Other()])

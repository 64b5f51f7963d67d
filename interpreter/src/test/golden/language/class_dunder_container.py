class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("checking", card)
        return card in self.cards

d = Deck("AKQJ")
print(len(d), d[0], d[-1], d[1:3])
print("Q" in d, "2" in d)
print([c for c in d])
print(list(reversed(d)), bool(Deck([])))
print(d[10])

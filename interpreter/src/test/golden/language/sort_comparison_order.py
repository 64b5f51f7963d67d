# list.sort calls __lt__ in timsort's order: runs, binary insertion, galloping merges
calls = []

class Card:
    def __init__(self, rank, n):
        self.rank = rank
        self.n = n

    def __lt__(self, other):
        calls.append((self.n, other.n))
        return self.rank < other.rank

ranks = [(i * 37) % 11 if (i // 20) % 2 else i // 3 for i in range(130)]
cards = [Card(r, n) for n, r in enumerate(ranks)]
ordered = sorted(cards)
print(len(calls), calls[:6], calls[-3:])
print([c.n for c in ordered][:12], [c.rank for c in ordered] == sorted(ranks))
calls.clear()
cards.sort(reverse=True)
print(len(calls), [c.n for c in cards][:8])
nan = float("nan")
print(sorted([3.0, nan, 1.0] * 25)[:7], sorted([nan, 2.0, 1.0, nan, 0.5] * 15)[-5:])

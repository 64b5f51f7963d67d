class K:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "K"
    def __lt__(self, other):
        return self.v < other.v

print(sorted([K(2), K(1)]))

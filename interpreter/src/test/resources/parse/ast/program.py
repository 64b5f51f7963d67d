import sys


class Stack:
    """A simple stack."""

    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)


def main(argv):
    s = Stack()
    for word in argv[1:]:
        s.push(word.upper())
    while len(s) > 0:
        print(s.pop(), end=" ")
    total = sum(len(w) for w in argv)
    print(f"\ntotal={total:05d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

import operator as op

print(op.add(1, 2), op.mul(3, 4), op.sub(5, 6), op.truediv(7, 2), op.floordiv(7, 2))
print(op.neg(5), op.not_(0), op.eq(1, 1), op.lt(2, 1), op.contains([1, 2], 2))
get1 = op.itemgetter(1)
print(get1([10, 20, 30]), op.itemgetter(0, 2)("abc"))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=op.itemgetter(1)))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=op.attrgetter("n"))])
print(op.methodcaller("upper")("shout"), op.index(7), op.pow(2, 5))
print(op.getitem({"k": "v"}, "k"))

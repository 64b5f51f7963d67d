a = {1, 2, 3}
b = {3, 4}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({9}))
c = a.copy()
c.update([7, 8])
c.difference_update({1})
print(c, a)
print(c.pop() in {2, 3, 7, 8})
c.clear()
print(c)
print({[1]})

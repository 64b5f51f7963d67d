d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
xs = [1, 2, 3]
xs[0] *= 5
xs[-1] **= 2
print(xs)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
t = (1, 2)
t += (3,)
print(t)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
d["missing"] += 1

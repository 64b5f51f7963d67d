a < b
a < b <= c
a == b != c
a is b
a is not b
a in b
a not in b
1 < x > 2 >= y

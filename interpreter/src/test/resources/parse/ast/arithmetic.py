a + b * c - d / e
(a + b) * c
a // b % c @ d
-x ** 2
2 ** -1
2 ** 3 ** 4
~a + +b - -c
a << 1 >> 2
a & b | c ^ d
a | b & c ^ d
x = (1 +
     2)

a = 1
b = a
a = 2
print(a, b)
x = y = 7
print(x, y)
items = [1, 2, 3]
alias = items
alias[0] = 100
print(items, alias)
s = "text"
s = s + "!"
print(s)

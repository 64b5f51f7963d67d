a = 1
b = 0
ok = (a and
      b or
      a)
same = (1 <
        a <=
        2)
print(ok, same)

a and b or c
a or b or c and d
not a and not b
not not x
a if b else c
a if b else c if d else e
(x := 10)
if (n := len(a)) > 3:
    pass

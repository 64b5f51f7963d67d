a = 1; b = 2
pass; pass
x = 1;
if a: b; c
def f(): return 1; x = 2

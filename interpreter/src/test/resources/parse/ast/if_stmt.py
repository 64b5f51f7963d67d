if a:
    x = 1
if a:
    x = 1
else:
    x = 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    y = 3
if a: pass
if a: x = 1; y = 2
if a:
    if b:
        pass
    else:
        pass
elif c: pass

while x:
    x -= 1
while True:
    break
else:
    pass
for i in range(10):
    continue
for a, b in pairs:
    pass
else:
    done()
for (a, b) in x: pass
for x, in y: pass
for [a, b] in c: pass
for i in *a, *b:
    pass
for x.y in z: pass

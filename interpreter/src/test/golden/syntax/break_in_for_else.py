items = [1, 2]
for i in items:
    pass
else:
    break

[x * y for x in a fory in b]

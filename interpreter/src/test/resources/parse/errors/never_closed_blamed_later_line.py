d[type[s.X] = y
z = 1

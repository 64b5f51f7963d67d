[x, c d]

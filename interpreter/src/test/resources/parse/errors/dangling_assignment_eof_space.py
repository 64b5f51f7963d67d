if x:
    y = 
try:
    x = 1
exept:
    pass

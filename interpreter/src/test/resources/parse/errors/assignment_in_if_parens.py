if (n = len(a)) > 3:
    pass

while x y:
    pass

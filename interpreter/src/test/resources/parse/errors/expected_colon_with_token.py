with x y:
    pass

while l=ine[:1] == '#' or not x:
    pass

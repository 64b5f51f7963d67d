def yes():
    return True

def no():
    return False

r = no() or yes() and no()
print(r)

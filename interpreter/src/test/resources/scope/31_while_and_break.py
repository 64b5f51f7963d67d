def search(items, target):
    i = 0
    found = False
    while i < len(items):
        if items[i] == target:
            found = True
            break
        i += 1
    else:
        i = -1
    return found, i

print(True and False, True or False, not True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "set" or "default")
print(None or [], [] and 5)
print(not 0, not "x", not None)
t = True
print(t + t, t * 10)
def loud(v):
    print("evaluated", v)
    return v
print(loud(0) and loud(1))
print(loud(2) or loud(3))

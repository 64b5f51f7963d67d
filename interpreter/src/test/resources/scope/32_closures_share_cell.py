def pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

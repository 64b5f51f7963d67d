classD():
    pass

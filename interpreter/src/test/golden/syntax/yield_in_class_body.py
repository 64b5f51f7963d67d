class Numbers:
    values = [1, 2]
    yield values

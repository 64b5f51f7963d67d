def __next__(self)[:
    pass

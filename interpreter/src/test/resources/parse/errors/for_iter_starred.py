for i in *a *b:
    pass

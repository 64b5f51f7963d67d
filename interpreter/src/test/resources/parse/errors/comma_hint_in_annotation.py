def ann(a: int b: str):
    pass

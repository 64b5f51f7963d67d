class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    size = len(names)
    sized = [size for _ in range(2)]

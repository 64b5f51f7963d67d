print(1)
lambda x: yield x

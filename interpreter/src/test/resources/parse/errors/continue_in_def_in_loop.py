for i in x:
    def g():
        continue

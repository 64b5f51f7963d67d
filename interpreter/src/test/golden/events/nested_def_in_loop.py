fs = []
for i in range(2):
    def f(v=i):
        return v
    fs.append(f)
print([f() for f in fs])

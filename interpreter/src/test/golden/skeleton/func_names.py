def top():
    def middle():
        def bottom():
            pass
        return bottom
    return middle

print(top.__name__, top.__qualname__)
m = top()
print(m.__name__, m.__qualname__)
b = m()
print(b.__name__, b.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def maker():
    return lambda: 1
print(maker().__qualname__)

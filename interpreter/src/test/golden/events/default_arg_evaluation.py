def default():
    return 5

def f(a=default(),
      b=[]):
    return a

print(f())

x = 10

def show():
    print("x is", x)

def broken():
    print("x is", x)
    x = 5

show()
broken()

counter = 0

def bump():
    global counter
    counter += 1
    return counter

def read():
    return counter

def outer():
    global late
    def inner():
        return late
    late = 1
    return inner

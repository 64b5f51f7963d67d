def trace(label):
    def decorate(func):
        def wrapper(*args, **kwargs):
            print(label, func.__name__)
            return func(*args, **kwargs)
        return wrapper
    return decorate

@trace("call")
def work(a, b=2):
    return a + b

def repeat(times):
    def deco(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        wrapper.times = times
        return wrapper
    return deco

def tag(label):
    def deco(func):
        def wrapper(*args, **kwargs):
            return f"<{label}>{func(*args, **kwargs)}</{label}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def word(w):
    return w

@repeat(2)
@tag("p")
def para(text, sep=""):
    return text + sep

print(word("hi"))
print(para("x", sep="."))
print(para.times, para.__name__, word.__qualname__)

def log_calls(func):
    log = []
    def wrapper(*args, **kwargs):
        log.append((args, tuple(sorted(kwargs.items()))))
        return func(*args, **kwargs)
    wrapper.log = log
    return wrapper

@log_calls
def area(w, h=1):
    return w * h

area(2, 3)
area(4)
area(w=5, h=6)
print(area.log)
print(area.__closure__[0].cell_contents is area.log)
try:
    area()
except TypeError as e:
    print(e)

def double(n):
    return n * 2

def inc(n):
    return n + 1

def compose(f, g):
    return lambda v: f(g(v))

print(double(inc(3)))
print(inc(double(3)))
both = compose(double, inc)
print(both(10))
print(compose(inc, compose(double, double))(1))

def call_twice(f, arg):
    return f(f(arg))

print(call_twice(double, 5))

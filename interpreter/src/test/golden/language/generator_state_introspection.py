def steps():
    yield "a"
    yield "b"

g = steps()
print(g.gi_frame is not None, g.gi_running)
print(next(g))
print(g.gi_frame.f_lineno if g.gi_frame else None)
print(list(g))
print(g.gi_frame)
print(g.gi_code.co_varnames, g.gi_code.co_name)

def echo_frame():
    x = 1
    yield x
    x = 2
    yield x

e = echo_frame()
next(e)
print(e.gi_frame.f_locals)
next(e)
print(e.gi_frame.f_locals, e.gi_frame.f_code.co_name)
e.close()
print(e.gi_frame)

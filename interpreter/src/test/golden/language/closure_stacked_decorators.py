def bold(f):
    def wrap():
        return "<b>" + f() + "</b>"
    return wrap

def italic(f):
    def wrap():
        return "<i>" + f() + "</i>"
    return wrap

@bold
@italic
def text():
    return "hi"

print(text())
print(text.__qualname__, text.__closure__[0].cell_contents.__qualname__)
print(text.__closure__[0].cell_contents.__closure__[0].cell_contents.__name__)

x = """first
second
third"""
y = ('a'
     'b')
z = f"""{
a
}"""
def f():
    """Docstring
    spanning lines."""
    return x

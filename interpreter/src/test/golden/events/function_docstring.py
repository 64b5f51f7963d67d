def f():
    """Docstring only: is it a line event?"""

def g():
    """Docstring first."""
    return 2

print(f(), g())

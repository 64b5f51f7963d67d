def documented():
    """First line.

    More text."""
    return 1

print(documented.__doc__)
print(documented.__module__, documented.__name__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
documented.calls = 0
documented.calls += 5
print(documented.calls, documented.__dict__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__, documented)
print((lambda: 0).__doc__, len.__doc__[:20])
print(documented.missing_attr)

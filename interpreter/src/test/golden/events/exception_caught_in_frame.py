def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        return str(e)

print(f())

def describe(name, age):
    info = {"name": name, "age": age}
    label = f"{name!r} is {age:>{width}}"
    width = 4
    return info, label

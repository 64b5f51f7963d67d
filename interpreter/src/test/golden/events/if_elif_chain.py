def grade(n):
    if n > 90:
        return "A"
    elif n > 80:
        return "B"
    else:
        return "C"

print(grade(85), grade(10))

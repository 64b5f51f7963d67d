def eligible(age, member, banned=False):
    return (age >= 18
            and member
            and not banned)


def pick(a, b):
    value = (a
             or b
             or "default")
    return value


def grade(score):
    if (score
            >= 90):
        return "A"
    elif (score >= 80
          and score < 90):
        return "B"
    elif (
        score
    ):
        return "C"
    return "F"


print(eligible(20, True), eligible(20, False), eligible(10, True), eligible(30, True, True))
print(pick(0, ""), pick(0, 5), pick("x", 0))
print([grade(s) for s in (95, 85, 50, 0)])
evens = [n for n in range(10)
         if n % 2 == 0
         and n > 2]
print(evens)

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-4, 0, 3, 42]:
    print(v, classify(v))

if 0:
    print("not printed")
elif "":
    print("not printed either")
else:
    print("falsy values skipped")
if [0]:
    print("non-empty list is true")

def classify(x,
             low=0,
             high=10):
    ok = (low
          <= x
          < high)
    label = ("small"
             if x < 5
             else "big")
    return ok, label


result = classify(
    3,
    high=4,
)
print(result)
print(classify(7,
               low=1))
values = [
    classify(n)
    for n in (1, 12)
]
print(values)

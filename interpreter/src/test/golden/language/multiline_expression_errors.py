def total(prices, counts):
    return (prices["apple"] * counts["apple"]
            + prices["pear"]
            * counts["pear"])


def describe(user):
    return "{} is {} years".format(
        user["name"],
        user["age"] + 1,
    )


print(total({"apple": 1, "pear": 2}, {"apple": 3, "pear": 4}))
try:
    describe({"name": "ann", "age": "x"})
except TypeError as e:
    print("TypeError:", e)
total({"apple": 1, "pear": 2},
      {"apple": 3})

inventory = {"apples": 3, "pears": 0}
orders = [("apples", 1), ("plums", 2)]
def fulfil(order):
    item, qty = order
    stock = inventory[item]
    return stock - qty
for o in orders:
    print(fulfil(o))

inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"leek": 2},
}
for section, stock in inventory.items():
    available = [name for name, count in stock.items() if count]
    print(section, available, sum(stock.values()))
inventory["veg"]["kale"] = 5
print(inventory)
print({k: len(v) for k, v in inventory.items()})
print(inventory["meat"]["beef"])

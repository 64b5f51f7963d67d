class Registry:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1

a = Registry()
b = Registry()
a.add(1)
b.add(2)
print(Registry.items, a.count, b.count, Registry.count)
print(a.items is b.items, "count" in a.__dict__, "items" in a.__dict__)
Registry.count = 100
print(Registry().count, a.count)
print(a.missing)

class Flag:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool of", self.name)
        return self.value


on = Flag("on", True)
off = Flag("off", False)

if on and off:
    print("both")
else:
    print("not both")

if off or on:
    print("either")

while not off and on:
    print("loop once")
    break

x = "yes" if on and on else "no"
print(x)
print(on and off)
y = [f.name for f in (on, off) if f]
print(y)
assert on or off, "never"

name = "global name"
size = 1


class Widget:
    name = "class name"
    size = size + 1
    label = name.upper()

    def describe(self):
        return name

    def sized(self):
        return self.size, Widget.size, size

    doubled = [size * 2 for _ in range(2)]


w = Widget()
print(w.describe(), w.sized(), Widget.label, Widget.doubled)


def factory():
    value = "enclosing"

    class Inner:
        value = "class attr"

        def get(self):
            return value

    return Inner().get(), Inner.value


print(factory())

def factory(base):
    tag = "made"
    class Made(base):
        label = tag
        def describe(self):
            return tag + label
    return Made

def make_class(label):
    class Tagged:
        tag = label
        def describe(self):
            return f"{self.tag} / {label}"
    return Tagged

T = make_class("first")
print(T().describe(), T.__qualname__)
print(T.describe.__code__.co_freevars, T.describe.__closure__[0].cell_contents)
U = make_class("second")
print(U().describe(), T is U)

class Widget:
    created = 0
    def __init__(self):
        Widget.created += 1
        self.id = Widget.created
    def __repr__(self):
        return f"Widget#{self.id}"

ws = [Widget() for _ in range(3)]
print(ws, Widget.created)
print(ws[0].__class__ is Widget, type(ws[1]) == Widget)
print(Widget.__init__.__qualname__, Widget.__repr__.__name__)
print(type(Widget), type(type))

def register(cls):
    registry.append(cls)
    return cls

registry = []

@register
class Plugin:
    name = "p"
    def run(self):
        return self.name

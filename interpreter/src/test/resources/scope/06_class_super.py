class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        return "child " + super().greet()

    def cls(self):
        return __class__

    @staticmethod
    def helper(x):
        return x

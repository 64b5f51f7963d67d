class Base:
    def hello(self):
        return "base hello"

class Child(Base):
    def hello(self):
        return "child + " + super().hello()
    def plain(self):
        return 1

m = Child.hello
print(m.__code__.co_freevars, m.__closure__[0].cell_contents is Child)
print(Child.plain.__code__.co_freevars, Child.plain.__closure__)
print(Child().hello())
print(super(Child, Child()).hello())

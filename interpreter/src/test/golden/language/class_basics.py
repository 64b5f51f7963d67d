class Dog:
    species = "canis"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says woof"

d = Dog("Rex")
print(d.speak(), d.species, Dog.species)
print(type(d).__name__, Dog.__name__, Dog.__qualname__, Dog.__module__)
print(isinstance(d, Dog), d.__dict__)
d.species = "own"
print(d.species, Dog.species)
print(Dog.speak(d))
print(Dog.speak)
print(d.speak.__func__ is Dog.speak, d.speak.__self__ is d)
print(Dog)

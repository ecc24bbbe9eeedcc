# Single inheritance chains and super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}:{self.name}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print("Dog.__init__", breed)
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    sound = "yip"
    def speak(self):
        base = super().speak()
        return base + " (wags tail)"
animals = [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug")]
for a in animals:
    print(a.speak(), "|", a.describe())
p = animals[2]
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, (int, Puppy)))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, (int, Animal)))
print(p.breed, p.name, Puppy.sound, Dog.sound)
print(Puppy.__name__, Dog.__name__)
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    pass
print(Child().hello())

# Class attributes vs instance attributes
class Dog:
    species = "Canis familiaris"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, trick):
        self.own_tricks.append(trick)
        Dog.tricks.append(trick)
d1 = Dog("Fido")
d2 = Dog("Buddy")
d1.add_trick("roll over")
d2.add_trick("play dead")
print(d1.own_tricks, d2.own_tricks, Dog.tricks, d1.tricks is d2.tricks)
print(d1.species, Dog.species)
d1.species = "Wolf"
print(d1.species, d2.species, Dog.species)
Dog.species = "Dog"
print(d1.species, d2.species)
del d1.species
print(d1.species)
print(hasattr(d1, "name"), hasattr(Dog, "name"), getattr(d2, "name"), getattr(d2, "age", "unknown"))
setattr(d2, "age", 4)
print(d2.age, getattr(d2, "age"))
print(type(d1).__name__, type(d1) is Dog, Dog.__name__)
print([(k, getattr(d2, k)) for k in ("name", "age", "own_tricks")])

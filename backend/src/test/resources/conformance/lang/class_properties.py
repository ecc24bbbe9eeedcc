# @property, @staticmethod and @classmethod
class Temperature:
    scale_name = "Celsius"
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def c_to_k(c):
        return c + 273.15
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    def __repr__(self):
        return f"Temperature({self._c:.2f})"
t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.celsius = 100
print(t, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Temperature.c_to_k(0), t.c_to_k(100))
f = Temperature.from_fahrenheit(212)
print(f, type(f).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
class Kelvin(Temperature):
    scale_name = "Kelvin"
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, k.scale_name)

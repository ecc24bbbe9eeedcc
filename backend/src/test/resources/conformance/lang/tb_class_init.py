# Error raised from __init__ while constructing an object
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin

    def __repr__(self):
        return f"Temperature({self.kelvin})"

readings = [300, 0, -5]
temps = [Temperature(k) for k in readings]
print(temps)

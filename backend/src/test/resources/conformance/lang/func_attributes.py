# Function attributes and docstrings
def area(width, height=1):
    """Return the area of a rectangle."""
    return width * height
print(area.__name__)
def no_doc():
    return 1
print(no_doc.__name__, no_doc())
area.units = "m2"
print(area.units, area(3, 4), area(5))
def counter():
    counter.count += 1
    return counter.count
counter.count = 0
counter()
counter()
print(counter.count)
class Shape:
    """A shape."""
    def describe(self):
        """Describe it."""
        return "shape"
print(Shape.__name__, Shape().describe())
print(type(area).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)

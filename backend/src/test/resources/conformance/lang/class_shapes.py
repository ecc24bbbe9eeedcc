# Polymorphism with a shape hierarchy
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def perimeter(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{self.name}(area={self.area():.2f}, perimeter={self.perimeter():.2f})"
class Rectangle(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rectangle):
    name = "square"
    def __init__(self, side):
        super().__init__(side, side)
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
    def perimeter(self):
        return 2 * 3.141592653589793 * self.r
shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Circle(0.5)]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area()))
print(max(shapes, key=lambda s: s.perimeter()).name)
print(round(sum(s.area() for s in shapes), 3))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Shape().perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e), e.args)

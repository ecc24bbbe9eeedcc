# TypeError for a missing argument, uncaught
def area(width, height):
    return width * height

def describe(shape, size):
    return f"{shape}: {size}"

print(area(3, 4))
print(describe("rect", area(2, 8)))
print(area(5))

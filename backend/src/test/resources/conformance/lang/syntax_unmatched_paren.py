# An extra closing parenthesis
def area(w, h):
    return w * h

width = 4
height = 5
print(area(width, height))
area = (width * height))
print(area)
print("end")

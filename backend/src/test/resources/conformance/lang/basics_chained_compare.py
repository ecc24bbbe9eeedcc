# Chained comparisons and identity
x = 5
print(1 < x < 10)
print(1 < x > 3)
print(10 > x >= 5 > 4)
print(1 < x < 3)
print(0 == 0.0 == False)
print(1 < 2 < 3 < 4 < 5)
print(3 > 2 > 1 > 0 > -1 == -1)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(5))
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b, a is not c)
print(None is None, [] == [], "abc" < "abd", "Z" < "a")
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), [3] > [2, 9])
print("a" in "cat", 3 in [1, 2, 3], 4 not in (1, 2))
print(1 in {1: "x"}, "x" in {1: "x"})
grades = [55, 67, 72, 85, 93, 100]
for g in grades:
    if 90 <= g <= 100:
        letter = "A"
    elif 80 <= g < 90:
        letter = "B"
    elif 70 <= g < 80:
        letter = "C"
    elif 60 <= g < 70:
        letter = "D"
    else:
        letter = "F"
    print(g, letter)

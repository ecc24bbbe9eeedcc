# if / elif / else decision tables
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n > 100:
        return "big even"
    elif n % 2 == 0:
        return "small even"
    else:
        return "odd"
for n in [-5, 0, 4, 102, 7, 101]:
    print(n, classify(n))
def fizzbuzz(n):
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    return out or str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
def bmi_category(weight, height):
    bmi = weight / height ** 2
    if bmi < 18.5:
        cat = "under"
    elif bmi < 25:
        cat = "normal"
    elif bmi < 30:
        cat = "over"
    else:
        cat = "obese"
    return round(bmi, 1), cat
for w, h in [(50, 1.8), (70, 1.75), (85, 1.7), (120, 1.8)]:
    print(w, h, bmi_category(w, h))
x = 7
if x:
    pass
print("passed", "big" if x > 5 else "small", "odd" if x % 2 else "even")

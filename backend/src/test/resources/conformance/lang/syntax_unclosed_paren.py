# A parenthesis that is never closed
def total(values):
    return sum(values)

print("start")
result = total([1, 2, 3]
print(result)
x = 5
y = x * 2
print(x, y)

# Assigning to a literal inside an if condition
def classify(value):
    if value > 10:
        return "big"
    return "small"

value = 3
print(classify(value))
if 1 = value:
    print("one")
print("end")

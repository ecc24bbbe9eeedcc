# can only concatenate str (not "int") to str
def label(name, count):
    return name + ": " + count

stock = [("apples", "3"), ("pears", 4)]
print("stock report")
for name, count in stock:
    print(label(name, count))
print("end of report")
print("unreachable")

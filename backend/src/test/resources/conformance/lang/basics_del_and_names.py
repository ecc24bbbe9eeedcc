# del on names, items, and attributes
inventory = {"apples": 3, "pears": 0, "plums": 12}
del inventory["pears"]
print(inventory)
stock = [1, 2, 3, 4, 5, 6]
del stock[1], stock[2]
print(stock)
del stock[::2]
print(stock)
class Item:
    def __init__(self):
        self.name = "widget"
        self.price = 4
it = Item()
del it.price
print(hasattr(it, "price"), hasattr(it, "name"))
temp = "scratch"
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
for name in ("a", "b"):
    try:
        print(a if name == "a" else b)
    except NameError as e:
        print("gone:", e)
values = list(range(10))
while values:
    del values[0]
    if len(values) % 3 == 0:
        print("left:", values)

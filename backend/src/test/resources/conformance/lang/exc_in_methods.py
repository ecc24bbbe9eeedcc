# Exceptions from methods, caught higher up the call stack
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0}
    def take(self, name, qty):
        if name not in self.items:
            raise KeyError(name)
        if qty > self.items[name]:
            raise ValueError(f"only {self.items[name]} {name} left")
        self.items[name] -= qty
        return qty
class Shop:
    def __init__(self):
        self.inv = Inventory()
        self.log = []
    def order(self, name, qty):
        try:
            got = self.inv.take(name, qty)
        except KeyError as e:
            self.log.append(f"unknown item {e}")
            return 0
        except ValueError as e:
            self.log.append(str(e))
            return 0
        else:
            self.log.append(f"sold {got} {name}")
            return got
s = Shop()
print(s.order("apple", 2), s.order("apple", 2), s.order("kiwi", 1), s.order("pear", 1), s.order("apple", 1))
for line in s.log:
    print(line)
print(s.inv.items)
def outer():
    return middle()
def middle():
    return inner()
def inner():
    return {}["deep"]
try:
    outer()
except KeyError as e:
    print("caught from three levels down:", repr(e))

# __bool__ and __len__ decide truthiness
class Basket:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
class Neither:
    pass
for obj, label in [(Basket(), "empty basket"), (Basket(1, 2), "full basket"), (Switch(True), "switch on"),
                   (Switch(False), "switch off"), (Both(), "both"), (Neither(), "neither")]:
    print(label, "->", bool(obj))
if not Basket():
    print("nothing in basket")
s = Switch(False)
print(s or "fallback")
print(Switch(True) and "second")
print(len(Basket("a", "b", "c")))
result = [label for obj, label in [(Basket(), "a"), (Basket(0), "b")] if obj]
print(result)
while Basket():
    print("never")
print("done")

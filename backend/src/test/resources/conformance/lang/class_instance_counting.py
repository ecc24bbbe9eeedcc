# Class-level registries and counters
class Product:
    registry = {}
    def __init__(self, sku, name, price):
        if sku in Product.registry:
            raise KeyError(f"duplicate sku {sku}")
        self.sku = sku
        self.name = name
        self.price = price
        Product.registry[sku] = self
    @classmethod
    def lookup(cls, sku):
        return cls.registry.get(sku)
    @classmethod
    def total_value(cls):
        return sum(p.price for p in cls.registry.values())
    def __repr__(self):
        return f"<Product {self.sku} {self.name} ${self.price:.2f}>"
Product("A1", "pen", 1.5)
Product("B2", "pad", 3.25)
Product("C3", "ink", 12.0)
try:
    Product("A1", "pencil", 0.5)
except KeyError as e:
    print("KeyError:", e)
print(Product.lookup("B2"), Product.lookup("Z9"))
print(Product.total_value(), len(Product.registry))
for sku in sorted(Product.registry, reverse=True):
    print(sku, Product.registry[sku])

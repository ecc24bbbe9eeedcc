# __call__ makes instances callable
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return value * self.factor
    def __repr__(self):
        return f"Multiplier({self.factor})"
double = Multiplier(2)
print(double(21), double("ab"), double([0]), double.calls)
print(list(map(Multiplier(3), [1, 2, 3])))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            if c:
                p = n - i
                terms.append(f"{c}" + ("" if p == 0 else "x" if p == 1 else f"x^{p}"))
        return " + ".join(terms) or "0"
p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
print(Polynomial(), Polynomial(0, 5)(10))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
tick = Counter()
for _ in range(4):
    tick()
print(tick.n, tick())
print(sorted([3, 1, 2], key=Multiplier(-1)))

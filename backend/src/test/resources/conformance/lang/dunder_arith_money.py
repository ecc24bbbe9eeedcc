# Money type with arithmetic, reflected and in-place operators
class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def of(cls, amount):
        return cls(round(amount * 100))
    def __add__(self, other):
        if isinstance(other, int):
            other = Money(other * 100)
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, factor):
        return Money(round(self.cents * factor))
    def __truediv__(self, parts):
        return Money(self.cents // parts)
    def __floordiv__(self, other):
        return self.cents // other.cents
    def __mod__(self, other):
        return Money(self.cents % other.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"
prices = [Money.of(19.99), Money.of(5.01), Money.of(0.5)]
print(prices, sum(prices), sum(prices, Money(0)))
total = Money(0)
for p in prices:
    total += p
print(total, total * 1.08, total / 3, total - Money.of(30))
print(Money.of(10) // Money.of(3), Money.of(10) % Money.of(3))
print(sorted(prices), max(prices), Money(100) == Money.of(1))
print(Money.of(2.5) + 1)

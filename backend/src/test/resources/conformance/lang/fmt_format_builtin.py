# The format() builtin and __format__-free classes with __str__
print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(True))
print(format(1e6, ",.0f"), format(0.75, "%"), format(1 / 3, ".3e"), format(-1, "+"))
print(format(10, "b"), format(10, "o"), format(10, "x"), format(-65, "+x"))
print(format("center", "=^14"), format(7, ""))
print(format(123.456, "10.1f") + "|")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(m, str(m), repr(m))
print(f"{m}", f"{m!r}", f"{m!s}", "{}".format(m), "%s / %r" % (m, m))
print([m, Money(5)])
print(f"{str(m):>12}|")

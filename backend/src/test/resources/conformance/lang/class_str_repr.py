# __str__ vs __repr__ in different contexts
class Card:
    suits = {"S": "spades", "H": "hearts", "D": "diamonds", "C": "clubs"}
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return f"{self.rank} of {Card.suits[self.suit]}"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
c = Card("Q", "H")
print(c)
print(str(c), repr(c))
print([c, Card(10, "S")])
print((c,), {"card": c})
print(f"{c} / {c!r}")
print("%s | %r" % (c, c))
print("{} | {!r}".format(c, c))
o = OnlyRepr()
print(o, str(o), [o], f"{o}")
hand = [Card(r, s) for r, s in [("A", "S"), (7, "D"), ("K", "C")]]
print(", ".join(str(h) for h in hand))
print(hand)

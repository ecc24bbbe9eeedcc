# Dict and set comprehensions
words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = {w: len(w) for w in words}
print(lengths)
counts = {w: words.count(w) for w in words if words.count(w) > 1}
print(counts)
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items()})
print({n % 5 for n in range(20)}, {len(w) for w in words})
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
prices = {"apple": 1.2, "bread": 2.5, "milk": 0.99, "cheese": 7.5}
cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap)
discounted = {k: round(v * 0.9, 2) for k, v in prices.items()}
print(discounted)
print({k: ("expensive" if v > 2 else "cheap") for k, v in sorted(prices.items())})
first_letters = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(first_letters)
print(sorted({c for c in "mississippi"}))

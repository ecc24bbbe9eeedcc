# Nested comprehensions with several conditions
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n)) ]
print(primes)
board = [["." if (r + c) % 2 else "#" for c in range(6)] for r in range(4)]
for row in board:
    print("".join(row))
coords = [(x, y) for x in range(-2, 3) for y in range(-2, 3) if abs(x) + abs(y) == 2]
print(coords)
text = ["alpha beta", "gamma", "delta epsilon zeta"]
print([w.upper() for line in text for w in line.split() if len(w) > 4 if "e" in w])
flat = [x for sub in [[1, [2]], [3], []] for x in sub]
print(flat)
print({r: [c for c in range(r)] for r in range(4)})
table = [[f"{r}x{c}={r * c}" for c in range(1, 4)] for r in range(1, 4)]
for row in table:
    print(" | ".join(row))

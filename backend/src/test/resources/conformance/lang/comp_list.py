# List comprehensions
nums = list(range(1, 21))
print([n * n for n in nums if n % 3 == 0])
print([n if n % 2 else -n for n in nums[:8]])
print(["fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or n for n in range(1, 16)])
matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
print(matrix)
print([v for row in matrix for v in row if v % 2])
print([[row[i] for row in matrix] for i in range(3)])
words = ["Apple", "banana", "Cherry", "date", "Elderberry"]
print([w.lower() for w in words if w[0].isupper()])
print([(w, len(w)) for w in words if len(w) > 5])
print([c for w in words for c in w if c in "aeiou"][:10])
pairs = [(x, y) for x in range(4) for y in range(4) if x < y]
print(pairs, len(pairs))
x = "outer"
print([x for x in range(3)], x)
print([[] for _ in range(3)], [0 for _ in ""])
print([i * j for i in range(1, 4) for j in range(1, 4)])

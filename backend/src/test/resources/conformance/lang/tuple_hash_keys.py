# Tuples as dictionary keys: a sparse grid game of life
live = {(1, 0), (1, 1), (1, 2)}
def neighbours(cell):
    x, y = cell
    return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]
def step(cells):
    counts = {}
    for c in cells:
        for n in neighbours(c):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in cells)}
def render(cells):
    for y in range(-1, 4):
        print("".join("#" if (x, y) in cells else "." for x in range(-1, 4)))
    print()
for gen in range(3):
    print("generation", gen, sorted(live))
    render(live)
    live = step(live)
distances = {}
for a in [(0, 0), (3, 4), (6, 8)]:
    for b in [(0, 0), (3, 4)]:
        distances[a, b] = ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
for key in sorted(distances):
    print(key, distances[key])

# Collatz sequence lengths with while loops
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
for n in range(1, 30):
    s = collatz_steps(n)
    print(n, s)
    if s > best:
        best, best_n = s, n
print("longest:", best_n, "with", best, "steps")
n = 27
path = []
while n != 1 and len(path) < 12:
    path.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(path)

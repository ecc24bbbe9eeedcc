# Newton's method for square roots
def newton_sqrt(x, tolerance=1e-12):
    if x < 0:
        raise ValueError("negative input")
    if x == 0:
        return 0.0
    guess = x / 2 if x > 1 else 1.0
    steps = 0
    while True:
        better = (guess + x / guess) / 2
        steps += 1
        if abs(better - guess) < tolerance:
            return better, steps
        guess = better

for x in [2, 9, 10, 0.25, 1e6, 12345.678]:
    root, steps = newton_sqrt(x)
    print(x, round(root, 10), steps, round(root * root, 8))
try:
    newton_sqrt(-4)
except ValueError as e:
    print("error:", e)
print(newton_sqrt(0))

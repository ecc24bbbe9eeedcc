# Float arithmetic: averages, interest, temperature conversion
temps_c = [-40, 0, 37, 100, 21.5]
for c in temps_c:
    f = c * 9 / 5 + 32
    print(f"{c}C = {f}F", round(f, 1))
scores = [88, 92.5, 79, 95, 61.25]
avg = sum(scores) / len(scores)
print("average:", avg)
variance = sum((s - avg) ** 2 for s in scores) / len(scores)
print("variance:", variance)
print("std:", round(variance ** 0.5, 4))
balance = 1000.0
rate = 0.05
for year in range(1, 6):
    balance *= 1 + rate
    print(year, round(balance, 2), balance)
print(7 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5, 2.5 ** 2)
print(1 / 3 + 1 / 3 + 1 / 3, 1 - 0.9, 0.3 - 0.1)
print(10 / 4, 10 / 5, -10 / 4, 1e10 / 3)
print(float.__name__, type(1.0).__name__)
print(3 * 0.1 == 0.3, round(3 * 0.1, 10) == round(0.3, 10))

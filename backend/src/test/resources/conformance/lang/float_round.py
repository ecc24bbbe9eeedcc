# Banker's rounding and round() with ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.4, 4.6]:
    print(v, round(v), type(round(v)))
for v in [2.675, 1.005, 0.125, 0.375, 3.14159, 2.5]:
    print(v, round(v, 2), round(v, 1), round(v, 0))
print(round(1234.5678, -2), round(-1234.5678, -1))
print(round(7, 2), round(7), type(round(7.0)), type(round(7.0, 1)))
prices = [19.99, 5.49, 3.333, 10.005]
total = sum(prices)
print(total, round(total, 2))
tax = total * 0.0825
print(round(tax, 2), f"{tax:.2f}")
print(round(0.1 + 0.2, 10))
print(round(1e20), round(1.23e-10, 12))

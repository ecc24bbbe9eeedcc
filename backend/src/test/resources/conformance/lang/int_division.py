# Floor division and modulo with negatives
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (1, 10), (-1, 10), (10 ** 20 + 1, -3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, check: {q * b + r == a}")
    print("  divmod:", divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3))
print(2 ** -1, 10 ** -2)
print(-7 // 2.0, -7 % 2.0)
print(7.5 // 2, 7.5 % 2)
print(divmod(-7.5, 2))
minutes = 1000
hours, mins = divmod(minutes, 60)
print(f"{hours}h {mins}m")
seconds = 98765
d, rem = divmod(seconds, 86400)
h, rem = divmod(rem, 3600)
m, s = divmod(rem, 60)
print(d, h, m, s)

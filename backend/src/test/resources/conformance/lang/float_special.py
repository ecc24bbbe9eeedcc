# inf and nan behaviour
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf * 2, inf - inf, inf * 0)
print(inf > 10 ** 300, -inf < -(10 ** 300))
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, 1 / inf, -1 / inf)
values = [3.0, nan, 1.0, inf, -inf]
print([v for v in values if v == v])
print(max(1.0, inf), min(-inf, 0))
print(repr(inf), str(nan), repr(-nan))
print(float("Infinity"), float("-INF"), float("NaN"))
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(inf == inf * 2, 2.0 == int(2.0))
print(abs(-inf), -(-inf))
print(round(2.0 ** 0.5, 3), 1e308 + 1e308)

# Uncaught error inside a list comprehension
rows = ["1,2", "3,4", "5", "7,8"]
print(len(rows), "rows")
pairs = [tuple(int(x) for x in r.split(",")) for r in rows]
print(pairs)
widths = [len(p) for p in pairs]
print(widths)
sums = [a + b for a, b in pairs]
print(sums)
print("done")

# Uncaught KeyError shows the repr of the key
prices = {"apple": 1.25, "pear": 0.75}
order = ["apple", "pear", "x"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
    print("running total", total)
print(total)
print("unreachable")

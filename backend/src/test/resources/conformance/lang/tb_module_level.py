# Uncaught ZeroDivisionError at module level after some output
values = [10, 5, 2, 0, 1]
results = []
print("splitting 100 units")
for v in values:
    share = 100 // v
    results.append(share)
    print("100 //", v, "=", share)
print("unreachable", results)
print("also unreachable")

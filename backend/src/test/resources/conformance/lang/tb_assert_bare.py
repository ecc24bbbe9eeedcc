# Failing assert without a message
def is_sorted(items):
    return all(a <= b for a, b in zip(items, items[1:]))

data = [1, 2, 3]
assert is_sorted(data)
print("first check passed")
data.append(0)
assert is_sorted(data)
print("not reached")

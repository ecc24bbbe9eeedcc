# Failing assert with a message
def mean(values):
    assert len(values) > 0, "mean() needs at least one value"
    return sum(values) / len(values)

groups = {"a": [2, 4, 9], "b": [1], "c": []}
for name, values in groups.items():
    print(name, mean(values))
print("unreachable")
print("also unreachable")

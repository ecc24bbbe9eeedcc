# Uncaught exception raised inside a generator
def averages(groups):
    for name, scores in groups:
        yield name, sum(scores) / len(scores)

data = [("ann", [90, 80]), ("bob", [70]), ("cy", []), ("dee", [100])]
print("averages:")
for name, avg in averages(data):
    print(name, avg)
print("unreachable")

# Booleans are ints
print(True + True + True)
print(True * 10, False - 1)
print(isinstance(True, int), issubclass(bool, int))
print(type(True), type(1), type(True + 1))
print(True == 1, False == 0, True is True)
votes = [True, False, True, True, False]
print("yes votes:", sum(votes))
print(int(True), int(False), bool(2), bool(-1), bool(0))
print(str(True), repr(False))
print(True & False, True | False, True ^ True)
print(~True, -True)
print([10, 20][True], [10, 20][False])
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(max(counts, key=counts.get))
print(hash(True), hash(1), hash(0), hash(False))
print({1: "one", True: "true"})

# enumerate, zip, map, filter, reversed, iter, next
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=100):
    print(i, name)
print(list(zip(names, ages)), dict(zip(names, ages)))
print(list(zip(names, ages, "xyz")), list(zip()), list(zip("ab", range(5))))
unzipped = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(unzipped)
print(list(map(len, names)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(str.isalpha, ["a1", "bc", "", "d"])), list(filter(None, [0, 3, None, 5])))
print(list(reversed(names)), list(reversed(range(3))), "".join(reversed("stressed")))
it = iter(names)
print(next(it), next(it), next(it), next(it, "end"))
m = map(str.upper, names)
print(next(m), list(m), list(m))
e = enumerate("xy")
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z))
total = 0
for a, b in zip(range(1, 4), range(10, 40, 10)):
    total += a * b
print(total)

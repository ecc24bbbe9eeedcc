# Builtins applied to lists
data = [4, 1, 7, 3, 9, 2]
print(len(data), sum(data), min(data), max(data), sorted(data), list(reversed(data)))
print(any(x > 8 for x in data), all(x > 0 for x in data), any([]), all([]))
print(list(enumerate(data, 1))[:3])
print(list(zip(data, "abcdef")), list(zip([1, 2, 3], [4, 5])))
print(list(map(str, data)), list(map(lambda a, b: a * b, data, data)))
print(list(filter(lambda x: x % 2, data)), list(filter(None, [0, 1, "", "a", None, [0]])))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}))
print(sum([[1], [2, 3]], []), max(["aa", "b", "cccc"], key=len), min([], default="empty"))
print(max(3, 7, 5), min("hello"), max([1, 2], [1, 3]))
running = []
total = 0
for x in data:
    total += x
    running.append(total)
print(running)
print(data.index(max(data)), data[::-1].index(min(data)))
print([x for x in reversed(range(5))], list(reversed([])))

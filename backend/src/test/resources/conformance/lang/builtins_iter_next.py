# iter() and next() including defaults and the sentinel form
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "no more"), next(it, None))
letters = iter("ab")
print(list(letters), list(letters))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
r = Reader(["one", "two", "three"])
for chunk in iter(r.read, ""):
    print("chunk", chunk)
data = [1, 2, 3, 4, 5, 6]
it = iter(data)
pairs = list(zip(it, it))
print(pairs)
d = {"x": 1, "y": 2}
keys = iter(d)
print(next(keys), next(keys), next(keys, "end"))
def first(iterable, default=None):
    return next(iter(iterable), default)
print(first([9, 8]), first([]), first("xyz"), first({}, "empty"))
numbers = iter([4, 8, 15, 16, 23, 42])
print(next(n for n in numbers if n > 10), list(numbers))

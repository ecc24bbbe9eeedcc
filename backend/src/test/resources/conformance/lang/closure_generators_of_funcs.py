# Building small function pipelines with closures
def make_filter(pred):
    def run(items):
        return [x for x in items if pred(x)]
    return run
def make_mapper(fn):
    def run(items):
        return [fn(x) for x in items]
    return run
def chain(*stages):
    def run(items):
        for stage in stages:
            items = stage(items)
            print("  stage ->", items)
        return items
    return run
evens = make_filter(lambda x: x % 2 == 0)
squares = make_mapper(lambda x: x * x)
small = make_filter(lambda x: x < 50)
process = chain(evens, squares, small)
print(process(list(range(12))))
def threshold(limit):
    return lambda v: "high" if v > limit else "low"
grade = threshold(70)
print([grade(v) for v in [50, 70, 71, 99]])
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return count
c = counter_factory()
for w in "a b a c a b".split():
    c(w)
print(c("z"))

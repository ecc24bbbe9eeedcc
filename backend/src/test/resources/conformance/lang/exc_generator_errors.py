# Exceptions raised inside generators and caught by the consumer
def parse_numbers(lines):
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            yield int(line)
        except ValueError:
            raise ValueError(f"line {i}: not a number: {line!r}")
lines = ["1", "2", " ", "three", "4"]
total = 0
try:
    for n in parse_numbers(lines):
        total += n
        print("got", n)
except ValueError as e:
    print("error:", e)
print("partial total", total)
def fragile():
    yield 1
    raise KeyError("inside generator")
g = fragile()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError:", e)
try:
    next(g)
except StopIteration:
    print("generator is exhausted after the error")
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError as e:
            yield f"skip ({e})"
print(list(safe_div([(1, 2), (3, 0), (9, 3)])))

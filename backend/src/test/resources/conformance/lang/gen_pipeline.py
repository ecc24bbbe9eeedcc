# A generator pipeline processing log lines
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 85%
2024-01-02 ERROR disk full
2024-01-02 INFO retry
2024-01-03 ERROR network down
2024-01-03 INFO done"""
def read_lines(text):
    for line in text.splitlines():
        print("  read:", line[:16])
        yield line
def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": message}
def only(level, records):
    return (r for r in records if r["level"] == level)
errors = only("ERROR", parse(read_lines(LOG)))
print("pipeline built, nothing read yet")
for record in errors:
    print("ERROR on", record["date"], "->", record["msg"])
levels = {}
for r in parse(LOG.splitlines()):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))

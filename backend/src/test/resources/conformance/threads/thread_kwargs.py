# Thread args and kwargs are passed to the target
import threading

seen = {}

def describe(a, b=2, *rest, label="none", **extra):
    seen[label] = (a, b, rest, sorted(extra.items()))

threads = [
    threading.Thread(target=describe, args=(1,), kwargs={"label": "one"}),
    threading.Thread(target=describe, args=(1, 5, 6, 7), kwargs={"label": "many"}),
    threading.Thread(target=describe, kwargs={"a": 9, "label": "kw", "z": 26, "y": 25}),
    threading.Thread(target=describe, args=(0,), kwargs=None),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(seen):
    print(key, seen[key])

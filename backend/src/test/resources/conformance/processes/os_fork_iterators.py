import os
import sys

# iterators half consumed at the fork: each process goes on from the same place on its own copy
d = {"a": 1, "b": 2, "c": 3}
its = {
    "list": iter([1, 2, 3]),
    "tuple": iter((1, 2, 3)),
    "str": iter("xyz"),
    "range": iter(range(3)),
    "dict": iter(d),
    "items": iter(d.items()),
    "set": iter(sorted({3, 1, 2})),
    "enumerate": enumerate("abc"),
    "zip": zip("abc", [1, 2, 3]),
    "map": map(str.upper, ["p", "q", "r"]),
    "filter": filter(None, [0, 1, 2, 3]),
    "reversed": reversed([1, 2, 3]),
    "genexp": (i * i for i in range(3)),
}
for it in its.values():
    next(it)
pid = os.fork()
who = "child" if pid == 0 else "parent"
if pid:
    os.waitpid(pid, 0)
for name, it in its.items():
    print(who, name, list(it))
sys.stdout.flush()

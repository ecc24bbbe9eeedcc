import os

r, w = os.pipe()
tries = [
    ("read negative", lambda: os.read(r, -1)),
    ("write str", lambda: os.write(w, "text")),
    ("write to the read end", lambda: os.write(r, b"x")),
    ("read the write end", lambda: os.read(w, 1)),
    ("read unknown fd", lambda: os.read(99, 1)),
    ("close unknown fd", lambda: os.close(99)),
    ("fd not an int", lambda: os.read("3", 1)),
    ("pipe with an argument", lambda: os.pipe(1)),
    ("read one argument", lambda: os.read(r)),
    ("write one argument", lambda: os.write(w)),
    ("size a float", lambda: os.read(r, 1.5)),
]
for name, f in tries:
    try:
        print(name, "->", repr(f()))
    except Exception as e:
        print(name, "->", type(e).__name__, e, getattr(e, "errno", None))
os.close(r)
try:
    os.write(w, b"nobody reads")
except BrokenPipeError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.args, isinstance(e, ConnectionError))
os.close(w)
try:
    os.close(w)
except OSError as e:
    print("closed twice:", type(e).__name__, e)
try:
    os.read(r, 1)
except OSError as e:
    print("read after close:", e)

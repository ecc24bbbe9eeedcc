# Event set / clear / is_set
import threading

e = threading.Event()
print("initial:", e.is_set())
e.set()
print("after set:", e.is_set())
e.set()
print("set twice:", e.is_set())
e.clear()
print("after clear:", e.is_set())
e.clear()
print("clear twice:", e.is_set())
print(type(e).__name__)
print(repr(e).endswith(": unset>"))
e.set()
print(repr(e).endswith(": set>"))

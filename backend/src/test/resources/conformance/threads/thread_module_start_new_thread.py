# _thread.start_new_thread with a lock used to wait for completion
import _thread

done = _thread.allocate_lock()
done.acquire()
out = []

def worker(a, b, scale=1):
    out.append((a + b) * scale)
    done.release()

ident = _thread.start_new_thread(worker, (2, 3))
done.acquire()
print("result:", out)
print("returned an int ident:", isinstance(ident, int))
_thread.start_new_thread(worker, (4, 5), {"scale": 10})
done.acquire()
print("result:", out)
try:
    _thread.start_new_thread(worker, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(worker, (1, 2), [])
except TypeError as e:
    print("TypeError:", e)

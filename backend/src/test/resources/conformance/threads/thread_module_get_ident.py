# _thread.get_ident agrees with threading
import _thread
import threading

print(_thread.get_ident() == threading.get_ident())
print(_thread.get_ident() == threading.main_thread().ident)
box = []
done = _thread.allocate_lock()
done.acquire()

def worker():
    box.append(_thread.get_ident())
    box.append(threading.get_ident())
    box.append(threading.current_thread().ident)
    done.release()

_thread.start_new_thread(worker, ())
done.acquire()
print("worker values agree:", box[0] == box[1] == box[2])
print("worker differs from main:", box[0] != _thread.get_ident())

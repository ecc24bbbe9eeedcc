# cancel() before the timer fires stops the call
import threading

fired = []
t = threading.Timer(0.05, fired.append, args=("late",))
t.start()
t.cancel()
t.join()
print("fired:", fired)
print("finished set:", t.finished.is_set())
print("alive:", t.is_alive())

u = threading.Timer(0.01, fired.append, args=("kept",))
u.start()
u.join()
u.cancel()          # too late: it already ran; cancel is harmless
print("fired:", fired)

never = threading.Timer(10, fired.append, args=("never",))
never.cancel()      # cancelled before start
never.start()
never.join()
print("fired:", fired)

# Two locks used as turn signals make two threads alternate strictly
import threading

ping_turn = threading.Lock()
pong_turn = threading.Lock()
pong_turn.acquire()
out = []

def ping():
    for i in range(4):
        ping_turn.acquire()
        out.append("ping %d" % i)
        pong_turn.release()

def pong():
    for i in range(4):
        pong_turn.acquire()
        out.append("pong %d" % i)
        ping_turn.release()

a = threading.Thread(target=ping)
b = threading.Thread(target=pong)
b.start()
a.start()
a.join()
b.join()
print("\n".join(out))

# Two events used to hand control back and forth
import threading

ping = threading.Event()
pong = threading.Event()
log = []

def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()

t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("\n".join(log))

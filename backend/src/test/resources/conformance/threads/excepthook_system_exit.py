# SystemExit in a thread ends only that thread, silently
import threading
import sys

log = []

def quitter():
    log.append("quitter starting")
    sys.exit(3)
    log.append("never")

t = threading.Thread(target=quitter)
t.start()
t.join()
log.append("main still running, thread alive: %s" % t.is_alive())
print("\n".join(log))

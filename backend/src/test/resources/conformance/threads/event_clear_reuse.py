# An Event can be cleared and reused for several rounds
import threading

go = threading.Event()
done = threading.Event()
rounds = []

def worker():
    for r in range(3):
        go.wait()
        go.clear()
        rounds.append("round %d work" % r)
        done.set()

t = threading.Thread(target=worker)
t.start()
for r in range(3):
    go.set()
    done.wait()
    done.clear()
    rounds.append("round %d checked, go is %s" % (r, go.is_set()))
t.join()
print("\n".join(rounds))

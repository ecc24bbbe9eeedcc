# Two threads take turns using a shared Condition and a turn variable
import threading

cond = threading.Condition()
turn = ["A"]
out = []

def player(me, other, rounds):
    for i in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            out.append(f"{me}{i}")
            turn[0] = other
            cond.notify_all()

a = threading.Thread(target=player, args=("A", "B", 5))
b = threading.Thread(target=player, args=("B", "A", 5))
b.start()
a.start()
a.join()
b.join()
print(" ".join(out))

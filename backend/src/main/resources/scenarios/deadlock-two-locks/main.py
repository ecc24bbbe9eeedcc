import threading
import time

fork = threading.Lock()
knife = threading.Lock()


def left_handed():
    with fork:
        print("left-handed diner has the fork")
        time.sleep(0.01)          # long enough for the other diner to take the knife
        print("left-handed diner reaches for the knife")
        with knife:
            print("left-handed diner eats")


def right_handed():
    with knife:
        print("right-handed diner has the knife")
        time.sleep(0.01)
        print("right-handed diner reaches for the fork")
        with fork:
            print("right-handed diner eats")


a = threading.Thread(target=left_handed, name="left")
b = threading.Thread(target=right_handed, name="right")
a.start()
b.start()
a.join()
b.join()
print("both diners ate")   # never printed: each holds what the other needs

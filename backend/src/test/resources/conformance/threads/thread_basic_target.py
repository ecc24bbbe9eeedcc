# Thread with a target function and positional args
import threading

results = []

def work(name, count):
    total = 0
    for i in range(count):
        total += i
    results.append((name, total))

t = threading.Thread(target=work, args=("first", 10))
print("before start:", results)
t.start()
t.join()
print("after join:", results)
t2 = threading.Thread(target=work, args=["second", 5])
t2.start()
t2.join()
print("after second:", results)
print("returned:", t2.join())

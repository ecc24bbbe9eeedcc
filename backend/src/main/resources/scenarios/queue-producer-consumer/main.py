import queue
import threading
import time

orders = queue.Queue(maxsize=3)   # the counter holds at most three plates
DONE = None                       # sentinel: no more orders
N_COOKS = 2


def waiter():
    for table in range(1, 9):
        time.sleep(0.002)                  # taking an order is quick
        orders.put(f"order {table}")      # blocks while the counter is full
        print(f"waiter: order {table} placed, {orders.qsize()} waiting")
    for _ in range(N_COOKS):
        orders.put(DONE)


def cook():
    name = threading.current_thread().name
    while True:
        order = orders.get()               # blocks while the counter is empty
        if order is DONE:
            orders.task_done()
            print(f"{name}: going home")
            return
        time.sleep(0.010)                  # cooking is slow
        print(f"{name}: served {order}")
        orders.task_done()


for i in range(N_COOKS):
    threading.Thread(target=cook, name=f"cook-{i + 1}").start()
taker = threading.Thread(target=waiter, name="waiter")
taker.start()

taker.join()         # every order and both sentinels are in the queue
orders.join()        # returns once every item put has been marked done
print("kitchen closed")

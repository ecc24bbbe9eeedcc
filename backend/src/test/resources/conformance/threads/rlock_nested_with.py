# Nested with-blocks and recursion on the same RLock
import threading

lock = threading.RLock()
tree = {"root": ["a", "b"], "a": ["a1", "a2"], "b": [], "a1": [], "a2": ["x"], "x": []}
visited = []

def walk(node, depth):
    with lock:
        visited.append("  " * depth + node)
        for child in tree[node]:
            walk(child, depth + 1)

walk("root", 0)
print("\n".join(visited))

class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def deposit_twice(self, amount):
        with self.lock:
            self.deposit(amount)
            self.deposit(amount)

acct = Account()
threads = [threading.Thread(target=acct.deposit_twice, args=(5,)) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", acct.balance)

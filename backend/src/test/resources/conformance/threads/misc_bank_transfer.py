# Bank transfers between accounts, locks taken in a fixed order to avoid deadlock
import threading
import random

class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()

def transfer(src, dst, amount):
    first, second = (src, dst) if src.number < dst.number else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
            return False

accounts = [Account(i, 100) for i in range(4)]
random.seed(7)
plans = [[(random.randrange(4), random.randrange(4), random.randrange(1, 30)) for _ in range(50)]
         for _ in range(4)]
# drop transfers from an account to itself; the others may be refused for lack of funds
for plan in plans:
    plan[:] = [(s, d, a) for s, d, a in plan if s != d]

moved = [0] * 4

def teller(n):
    for s, d, a in plans[n]:
        if transfer(accounts[s], accounts[d], a):
            moved[n] += 1

threads = [threading.Thread(target=teller, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(a.balance for a in accounts)
print("total money:", total)
print("money conserved:", total == 400)
print("no negative balances:", all(a.balance >= 0 for a in accounts))

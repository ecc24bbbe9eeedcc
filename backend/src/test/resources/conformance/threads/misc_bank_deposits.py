# Deposits and withdrawals from many threads; the final balance is exact
import threading

class BankAccount:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self._lock = threading.Lock()
        self.history = 0

    def deposit(self, amount):
        with self._lock:
            self._balance += amount
            self.history += 1

    def withdraw(self, amount):
        with self._lock:
            if amount > self._balance:
                raise ValueError("insufficient funds")
            self._balance -= amount
            self.history += 1

    @property
    def balance(self):
        with self._lock:
            return self._balance

acct = BankAccount("dana")
acct.deposit(1000)

def payroll():
    for _ in range(100):
        acct.deposit(10)

def spender():
    for _ in range(100):
        acct.withdraw(5)

threads = [threading.Thread(target=payroll) for _ in range(3)] + \
          [threading.Thread(target=spender) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct.owner, "balance:", acct.balance)
print("operations:", acct.history)
try:
    acct.withdraw(10 ** 6)
except ValueError as e:
    print("refused:", e)

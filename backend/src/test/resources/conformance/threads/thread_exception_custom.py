# A user-defined exception class raised in a thread target
import threading

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    print("withdrew", amount)

t = threading.Thread(target=withdraw, args=(100, 250), name="atm")
t.start()
t.join()
print("after failing thread")
t = threading.Thread(target=withdraw, args=(100, 30), name="atm2")
t.start()
t.join()

# A bank account class with inheritance
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.0
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        return self
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.03
    def withdraw(self, amount):
        if amount > 500:
            raise ValueError("savings withdrawals limited to 500")
        return super().withdraw(amount)
a = Account("Ann", 100)
s = Savings("Sam", 1000)
a.deposit(50).withdraw(30)
s.deposit(200)
print(a, s)
for acct, amt in [(a, 500), (s, 600), (s, 100)]:
    try:
        acct.withdraw(amt)
        print("withdrew", amt, "->", acct)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e)
    except ValueError as e:
        print("ValueError:", e)
for acct in (a, s):
    acct.add_interest()
print(a, s, Account.count, s.count)
print(isinstance(s, Account), isinstance(a, Savings), issubclass(Savings, Account))
try:
    a.deposit(-5)
except ValueError as e:
    print(e)

# Bank accounts kept in a dictionary
accounts = {}
def open_account(owner, initial=0):
    number = 1000 + len(accounts)
    accounts[number] = {"owner": owner, "balance": initial, "history": []}
    return number
def deposit(number, amount):
    acct = accounts[number]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
def withdraw(number, amount):
    acct = accounts[number]
    if amount > acct["balance"]:
        acct["history"].append(("denied", amount))
        return False
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
    return True
def transfer(src, dst, amount):
    if withdraw(src, amount):
        deposit(dst, amount)
        return True
    return False
a = open_account("Ann", 100)
b = open_account("Ben")
deposit(b, 50)
print(withdraw(a, 30), withdraw(b, 500), transfer(a, b, 60), transfer(b, a, 1000))
for number, acct in accounts.items():
    print(number, acct["owner"], acct["balance"])
    for kind, amount in acct["history"]:
        print("   ", kind.ljust(9), amount)
richest = max(accounts.values(), key=lambda x: x["balance"])
print("richest:", richest["owner"])
print(sum(x["balance"] for x in accounts.values()))

# An inventory manager built on lists of lists
inventory = [["hammer", 12, 9.99], ["nails", 500, 0.02], ["saw", 3, 24.5], ["drill", 0, 89.0]]

def find(name):
    for i, row in enumerate(inventory):
        if row[0] == name:
            return i
    return -1

def restock(name, amount):
    i = find(name)
    if i == -1:
        inventory.append([name, amount, 0.0])
        print("added", name)
    else:
        inventory[i][1] += amount
        print("restocked", name, "->", inventory[i][1])

def sell(name, amount):
    i = find(name)
    if i == -1 or inventory[i][1] < amount:
        print("cannot sell", amount, name)
        return 0.0
    inventory[i][1] -= amount
    return amount * inventory[i][2]

print(sell("hammer", 2), sell("drill", 1), sell("nails", 120))
restock("drill", 5)
restock("tape", 10)
print(round(sell("drill", 2), 2))
out_of_stock = [row[0] for row in inventory if row[1] == 0]
print("out of stock:", out_of_stock)
value = sum(qty * price for _, qty, price in inventory)
print("inventory value:", round(value, 2))
for name, qty, price in sorted(inventory, key=lambda r: r[1] * r[2], reverse=True):
    print(f"{name:8} {qty:4} {price:7.2f}")

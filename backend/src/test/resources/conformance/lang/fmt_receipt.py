# A store receipt with aligned columns
cart = [("Milk", 2, 1.29), ("Bread", 1, 2.49), ("Eggs (dozen)", 3, 3.1), ("Cheese", 1, 7.999)]
TAX = 0.07
width = 40
print("GROCERY MART".center(width))
print("=" * width)
subtotal = 0.0
for name, qty, unit in cart:
    line = qty * unit
    subtotal += line
    print(f"{name:<18}{qty:>3} x {unit:>6.2f} {line:>8.2f}")
print("-" * width)
tax = subtotal * TAX
total = subtotal + tax
for label, amount in [("Subtotal", subtotal), ("Tax 7%", tax), ("TOTAL", total)]:
    print(f"{label:>28}: {amount:>9.2f}")
print("=" * width)
paid = 50
change = paid - total
print(f"{'Paid':>28}: {paid:>9.2f}")
print(f"{'Change':>28}: {change:>9.2f}")
coins = [2000, 1000, 500, 100, 25, 10, 5, 1]
cents = round(change * 100)
for coin in coins:
    count, cents = divmod(cents, coin)
    if count:
        print(f"  {count} x {coin / 100:.2f}")

# Comprehensions for data transformation
orders = [
    {"id": 1, "customer": "ann", "items": [("pen", 2, 1.5), ("pad", 1, 4.0)]},
    {"id": 2, "customer": "bob", "items": [("ink", 3, 7.25)]},
    {"id": 3, "customer": "ann", "items": []},
    {"id": 4, "customer": "cy", "items": [("pen", 10, 1.5), ("ink", 1, 7.25)]},
]
totals = {o["id"]: sum(q * p for _, q, p in o["items"]) for o in orders}
print(totals)
non_empty = [o["id"] for o in orders if o["items"]]
print(non_empty)
products = sorted({name for o in orders for name, _, _ in o["items"]})
print(products)
qty_by_product = {p: sum(q for o in orders for n, q, _ in o["items"] if n == p) for p in products}
print(qty_by_product)
customers = sorted({o["customer"] for o in orders})
spend = {c: sum(totals[o["id"]] for o in orders if o["customer"] == c) for c in customers}
print(spend)
report = [f"{c}: {s:.2f}" for c, s in sorted(spend.items(), key=lambda kv: -kv[1])]
print("\n".join(report))

# An if statement with no indented body
items = [1, 2, 3]
total = 0
for item in items:
    total += item
for item in items:
    if item > 1:
    print(item)
print("end")
print(total)

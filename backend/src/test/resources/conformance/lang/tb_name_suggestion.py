# NameError with a "Did you mean" suggestion for a global
total_count = 0
values = [4, 8, 15]
for v in values:
    total_count += v
print("computed", total_count)
average = total_count / len(values)
print("average", average)
print(total_cont)
print("unreachable")

# continue inside a function but outside a loop
def skip_odd(n):
    if n % 2:
        continue
    return n

def keep_even(values):
    return [v for v in values if v % 2 == 0]

print(skip_odd(2))
print(keep_even([1, 2, 3, 4]))

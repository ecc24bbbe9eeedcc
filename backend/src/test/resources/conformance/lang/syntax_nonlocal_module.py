# nonlocal used at module level
def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

print("start")
nonlocal count
count = 1
print(count)

# return at module level
def smallest(values):
    return min(values)

values = [3, 1, 2]
values.sort()
print(values, smallest(values))
if values:
    return values
print("end")

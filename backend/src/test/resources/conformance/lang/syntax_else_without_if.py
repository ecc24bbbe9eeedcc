# An else with no matching if
def parity(n):
    if n % 2 == 0:
        return "even"
    return "odd"

n = 4
print(n, parity(n))
else:
    print("odd")
print("end")

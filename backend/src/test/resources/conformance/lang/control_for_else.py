# for/else and while/else
def find_first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            print("found negative", n, "at", i)
            break
    else:
        print("no negatives in", nums)
find_first_negative([3, 5, -2, 7, -9])
find_first_negative([1, 2, 3])
find_first_negative([])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
attempts = 0
while attempts < 3:
    attempts += 1
    print("attempt", attempts)
    if attempts == 5:
        break
else:
    print("while finished without break")
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("even", n)
else:
    print("never printed")

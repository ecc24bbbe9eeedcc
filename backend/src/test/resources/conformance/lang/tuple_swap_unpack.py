# Unpacking patterns in loops and assignments
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word.upper())
a, b, c = "xyz"
print(a, b, c)
head, *body, tail = range(6)
print(head, body, tail)
*init, last = [1]
print(init, last)
(p, q), r = [1, 2], 3
print(p, q, r)
a = b = 0
a, b = b + 1, a + 2
print(a, b)
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
print(fib)
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
matrix = [(1, 2, 3), (4, 5, 6)]
for first, *others in matrix:
    print(first, others)
k, v = max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1])
print(k, v)

# Loop patterns with range
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
for row in range(1, 6):
    print(" ".join(f"{row * col:3}" for col in range(1, 6)))
total = 0
for i in range(0, 100, 5):
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
word = "python"
for i in range(len(word)):
    print(i, word[i], word[: i + 1])
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
print([i for i in range(20) if i % 3 == 0 and i % 2 == 1])

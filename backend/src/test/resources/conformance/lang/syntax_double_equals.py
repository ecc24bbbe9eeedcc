# Two equals signs separated by a space
counter = 0
for i in range(5):
    counter += i
print(counter)

def reset():
    return 0

x = = 1
print(x)

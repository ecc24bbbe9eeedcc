# Mixing tabs and spaces inconsistently
def f(flag):
    if flag:
        x = 1
	return x

def g():
    return 2

print(f(True))
print(g())

# A function definition with no body
print("defining")

def double(x):
    return x * 2

def helper():

print("after")
print(double(4))

# An indented line where no block is expected
def greet(name):
    return "hello " + name

name = "world"
print(greet(name))
    print(name)
print("done")
for i in range(2):
    print(i)

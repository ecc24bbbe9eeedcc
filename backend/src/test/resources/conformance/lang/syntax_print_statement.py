# Python 2 style print statement
def greet(name):
    return "Hello, " + name

names = ["Ada", "Grace", "Linus"]
for n in names:
    print(greet(n))

name = "Ada"
print "Hello, " + name
print("done")

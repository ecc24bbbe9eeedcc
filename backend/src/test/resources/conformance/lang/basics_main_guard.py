# The __name__ == "__main__" idiom
def greet(name):
    return "Hello, " + name + "!"

def main():
    print(__name__)
    for who in ["Alice", "Bob", "Carol"]:
        print(greet(who))
    print("done")

if __name__ == "__main__":
    main()
else:
    print("imported")
print("after guard")

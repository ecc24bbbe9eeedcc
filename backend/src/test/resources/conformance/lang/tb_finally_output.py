# finally blocks still run before the traceback is printed
def process():
    try:
        print("working")
        items = {"a": 1}
        return items["a"] + items["b"]
    finally:
        print("cleanup in finally")

try:
    print("outer try")
    process()
finally:
    print("outer finally")

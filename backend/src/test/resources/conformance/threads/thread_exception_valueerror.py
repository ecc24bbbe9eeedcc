# A ValueError with a message escaping a named thread
import threading

def parse(text):
    value = int(text)
    print("parsed", value)

ok = threading.Thread(target=parse, args=("42",), name="parser-ok")
ok.start()
ok.join()
bad = threading.Thread(target=parse, args=("forty-two",), name="parser-bad")
bad.start()
bad.join()

def check(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")

t = threading.Thread(target=check, args=(-3,), name="checker")
t.start()
t.join()
print("done")

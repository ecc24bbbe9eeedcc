# Missing attributes of a local raise AttributeError
import threading

plain = threading.local()
try:
    plain.missing
except AttributeError as e:
    print("plain:", e)

class Settings(threading.local):
    pass

s = Settings()
s.mode = "fast"
result = []

def worker():
    try:
        result.append(s.mode)
    except AttributeError as e:
        result.append("AttributeError: " + str(e))
    try:
        del plain.other
    except AttributeError as e:
        result.append("del: " + str(e))

t = threading.Thread(target=worker)
t.start()
t.join()
for line in result:
    print(line)
print("main:", s.mode, getattr(s, "speed", "default"))

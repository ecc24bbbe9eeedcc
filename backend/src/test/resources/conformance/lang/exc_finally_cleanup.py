# finally for cleanup, exceptions replacing exceptions
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
        print("open", name)
    def close(self):
        self.open = False
        print("close", self.name)
def process(name, fail_at):
    r = Resource(name)
    try:
        for step in range(3):
            if step == fail_at:
                raise RuntimeError(f"{name} failed at step {step}")
            print(name, "step", step)
        return "ok"
    finally:
        r.close()
for fail in [None, 1]:
    try:
        print("result:", process("job" + str(fail), fail))
    except RuntimeError as e:
        print("caught:", e)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return wins"
print(swallow())
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replace()
except KeyError as e:
    print("got", repr(e), "context:", repr(e.__context__))

# A lock keeps multi-step updates of a shared list together
import threading

log = []
lock = threading.Lock()

def writer(tag):
    for n in range(5):
        with lock:
            log.append(tag + ":begin")
            log.append(tag + ":" + str(n))
            log.append(tag + ":end")

threads = [threading.Thread(target=writer, args=(c,)) for c in "ABCD"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("entries:", len(log))
ok = True
for i in range(0, len(log), 3):
    tags = {entry.split(":")[0] for entry in log[i:i + 3]}
    kinds = [entry.split(":")[1] for entry in log[i:i + 3]]
    if len(tags) != 1 or kinds[0] != "begin" or kinds[2] != "end":
        ok = False
print("every group intact:", ok)
per_tag = {}
for entry in log:
    tag, kind = entry.split(":")
    if kind not in ("begin", "end"):
        per_tag.setdefault(tag, []).append(int(kind))
for tag in sorted(per_tag):
    print(tag, per_tag[tag])

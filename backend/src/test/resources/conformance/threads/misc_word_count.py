# Word frequencies: each thread counts a slice, then main merges
import threading

text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness
it was the epoch of belief it was the epoch of incredulity"""
lines = text.splitlines()
partials = [None] * len(lines)

def count_line(i):
    freq = {}
    for w in lines[i].split():
        freq[w] = freq.get(w, 0) + 1
    partials[i] = freq

threads = [threading.Thread(target=count_line, args=(i,)) for i in range(len(lines))]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = {}
for freq in partials:
    for w, c in freq.items():
        total[w] = total.get(w, 0) + c
for w, c in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:6} {c}")

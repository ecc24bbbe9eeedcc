# Counting, grouping and inverting with dicts
text = "one fish two fish red fish blue fish one two three"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_count = {}
for word, n in counts.items():
    by_count.setdefault(n, []).append(word)
print(by_count)
for n in sorted(by_count, reverse=True):
    print(n, sorted(by_count[n]))
by_letter = {}
for word in counts:
    by_letter.setdefault(word[0], []).append(word)
print(by_letter)
lengths = {w: len(w) for w in counts}
print(lengths)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverted)
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
most = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(most[:3])

# Text statistics
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
lines = text.splitlines()
print("lines:", len(lines))
words = [w.strip(",.").lower() for w in text.split()]
print("words:", len(words))
print("chars:", len(text), "letters:", sum(c.isalpha() for c in text))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"{word:>8} {count:2d} {'#' * count}")
longest = max(words, key=len)
print("longest word:", longest, len(longest))
letters = {}
for c in text.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
for i, line in enumerate(lines, 1):
    print(i, len(line.split()), line[:20] + "...")

# String indexing and slicing
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:-1])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[10:2:-1], s[-1:-8:-3], s[100:], s[-100:3])
print(repr(s[5:5]), repr(s[8:3]))
print(len(s), s[len(s) - 1])
word = "racecar"
print(word == word[::-1])
for i in range(len("abc") + 1):
    print(i, repr("abc"[:i]), repr("abc"[i:]))
text = "unicode: ñ é ü π → ★"
print(text, len(text), text[-1], text[9:14])
print(text[::-1])
sl = slice(1, 10, 3)
print(sl, s[sl], s[1:10:3] == s[sl])
print(slice(5), slice(None, None, -1), s[slice(None, None, -1)])
print(s[slice(2, 8)], s[slice(-3, None)])

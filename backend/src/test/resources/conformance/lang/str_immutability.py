# Strings are immutable; building new strings
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
t = "H" + s[1:]
print(s, t)
parts = []
for ch in "mississippi":
    if not parts or parts[-1][0] != ch:
        parts.append(ch)
    else:
        parts[-1] += ch
print(parts)
encoded = "".join(f"{len(p)}{p[0]}" for p in parts)
print(encoded)
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.islower():
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif ch.isalpha() and ch.isupper():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
print(str(42) + "!", str([1, "a"]), str(None), str(3.0))

# Unicode strings
greetings = ["hello", "héllo", "привет", "γειά", "こんにちは", "שלום", "😀 emoji"]
for g in greetings:
    print(g, len(g), g.upper(), g[::-1], [ord(c) for c in g[:2]])
print("\u00e9" == "é", "\u03c0", "\x41\x42")
print(chr(128512), ord("😀"), hex(ord("€")))
print(repr("tab\there"), repr("new\nline"), repr("é"), repr("\x00\x7f"))
print(sorted("hello world"))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("ß".upper(), "ÆØÅ".lower())
print("é" < "f", "Z" < "a", "a" < "é")
print("".join(chr(ord("a") + i) for i in range(26)))
print("abc" * 3, "-" * 0, 2 * "xy")

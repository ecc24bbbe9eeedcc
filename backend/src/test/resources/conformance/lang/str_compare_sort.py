# Comparing and sorting strings
names = ["bob", "Alice", "dave", "Carol", "eve", "alice", "Bob"]
print(sorted(names))
print(sorted(names, key=lambda s: s.lower()))
print(sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len, reverse=True))
print(min(names), max(names), min(names, key=str.lower))
print("apple" < "apricot", "app" < "apple", "B" < "a", "10" < "9")
files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt"]
print(sorted(files))
def natural_key(name):
    digits = "".join(c for c in name if c.isdigit())
    prefix = name[: name.index(digits[0])] if digits else name
    return (prefix, int(digits) if digits else 0)
print(sorted(files, key=natural_key))
print("abc" == "abc", "abc" != "ABC", "abc".upper() == "ABC")
print(ord("a") - ord("A"), "a".upper(), "Hello".lower())

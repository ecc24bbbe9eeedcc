# Padding, alignment and stripping
items = [("Coffee", 3.5), ("Bagel", 2.25), ("Orange juice", 4.0), ("Tea", 1.75)]
print("=" * 24)
print("MENU".center(24))
print("=" * 24)
for name, price in items:
    print(name.ljust(16, ".") + ("$" + format(price, ".2f")).rjust(8))
print("-" * 24)
print("abc".center(9, "*"), "abc".center(8, "*"), "abc".ljust(2), "abc".rjust(6, "0"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6))
print(repr("  hi  ".strip()), repr(" \t hi \n".strip()), repr("   ".strip()))
print("xxhixx".strip("x"), "www.example.com".strip("wcom."), "--==hi==--".strip("-="))
print(repr("\t\n spaced \n".strip()))
for n in [1, 22, 333, 4444]:
    print(str(n).rjust(6), str(n).ljust(6) + "|", str(n).center(6, "-"))

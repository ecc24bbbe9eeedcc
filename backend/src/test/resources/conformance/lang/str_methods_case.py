# Case methods and predicates
words = ["hello", "WORLD", "Mixed Case", "title case here", "123abc", "  ", "", "ABC123", "snake_case", "o'neil's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
    print("   ", w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
print("Straße".upper(), "ÀÉÎ".lower())
print("42".isdigit(), "4.2".isdigit(), "-4".isdigit())
def normalize_name(raw):
    parts = raw.strip().split()
    return " ".join(p.capitalize() for p in parts)
for raw in ["  ada LOVELACE ", "grace   hopper", "ALAN turing"]:
    print(repr(normalize_name(raw)))
def is_shouting(line):
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
for line in ["STOP!", "Stop", "123", "OK 42"]:
    print(line, is_shouting(line), line.isupper())

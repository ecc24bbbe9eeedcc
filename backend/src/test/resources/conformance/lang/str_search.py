# Searching inside strings
text = "the rain in spain stays mainly in the plain"
print(text.find("ain"), text.rfind("ain"), text.find("xyz"), text.find("ain", 10), text.find("ain", 10, 14))
print(text.index("in"), text.rfind("in"), text.count("ain"), text.count("in"), text.count(""))
print(text.startswith("the"), text.endswith("plain"), text.startswith(("a", "t")), text.endswith("in", 0, 8))
print("spain" in text, "Spain" in text)
positions = []
start = 0
while True:
    pos = text.find("ai", start)
    if pos == -1:
        break
    positions.append(pos)
    start = pos + 1
print(positions)
try:
    text.index("snow")
except ValueError as e:
    print("ValueError:", e)
print(text.replace("ain", "AIN"), text.replace("ain", "_", 2))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"))
vowels = sum(text.count(v) for v in "aeiou")
print("vowels:", vowels)

# Splitting and joining
line = "  alpha  beta\tgamma\n delta  "
print(line.split())
print(line.split(" "))
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("one  two".rsplit(), "x".split(","), "".split(","), "".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\n\nline3".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(n) for n in range(4)))
csv = "name,age,city\nAnn,31,Oslo\nBo,27,Rome\nCy,45,Lima"
rows = [r.split(",") for r in csv.splitlines()]
header, body = rows[0], rows[1:]
for row in body:
    record = dict(zip(header, row))
    print(record)
print(" | ".join(h.upper().center(6) for h in header))
sentence = "The quick brown fox jumps over the lazy dog"
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()))
print(len(sentence.split()), max(sentence.split(), key=len))

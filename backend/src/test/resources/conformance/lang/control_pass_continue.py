# pass, continue and empty bodies
class Placeholder:
    pass
def todo():
    pass
print(todo(), Placeholder.__name__)
for i in range(5):
    pass
print("loop var after loop:", i)
skipped = []
kept = []
for word in ["keep", "", "skip-me", "also", "#comment", "end"]:
    if not word:
        skipped.append("<empty>")
        continue
    if word.startswith("#") or word.startswith("skip"):
        skipped.append(word)
        continue
    kept.append(word)
print(kept, skipped)
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of three:", count)
if True:
    pass
elif False:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print("end")

# print with sep, end and flush; sys.stdout.write interleaving
import sys
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ", end=" <end>\n")
print(1, 2, sep="\n")
print("progress:", end=" ")
for i in range(5):
    print(i, end="," if i < 4 else "\n", flush=True)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
print("", end="")
print(sep="x")
print(None, sep=None, end=None)
print(*[1, 2, 3], sep=" + ", end=" = ")
print(sum([1, 2, 3]))
rows = [["name", "qty"], ["apple", 3], ["kiwi", 12]]
for row in rows:
    print(*row, sep="\t")
print("%s" % "done", end="!\n")

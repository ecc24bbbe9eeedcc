import os

print("start", flush=True)
f = os.popen("cat", "w")
f.write("written to cat\n")
print(f.close())
print("end", flush=True)

# A missing colon after an if condition
print("this never runs because the file does not compile")
readings = [18, 22, 31]
temperature = max(readings)
if temperature > 25
    print("hot")
else:
    print("mild")
for r in readings:
    print(r)

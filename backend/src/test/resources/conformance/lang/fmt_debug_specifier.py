# The = debugging specifier
items = [4, 8, 15, 16, 23, 42]
total = sum(items)
print(f"{total=}")
print(f"{len(items)=}")
print(f"{total / len(items)=:.2f}")
print(f"{items[2:4]=}")
name = "Hopper"
print(f"{name=}")
print(f"{name=!s}")
print(f"{name.lower()=}")
print(f"{ total = }")
pi = 3.14159
print(f"{pi=:8.3f}|")
print(f"{max(items) - min(items)=}")
print(f"{None=}, {True=}")
for i in range(3):
    print(f"{i=} {i ** 2=}")

# An identifier that starts with a digit
first = 10
second = 2.5e3
third = 0x1F
values = [first, second, third]
print(values)
1abc = 20
print(first)
total = sum(values)
print(total)

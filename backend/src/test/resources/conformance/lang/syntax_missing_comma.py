# Missing comma between list items
colors = [
    "red",
    "green"
    "blue",
]
print(colors)
numbers = [1, 2 3, 4]
print(colors, numbers)
print(len(numbers))

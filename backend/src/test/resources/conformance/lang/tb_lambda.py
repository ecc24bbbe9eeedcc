# Uncaught exception inside a lambda used as a sort key
people = [
    {"name": "ann", "age": 31},
    {"name": "bob"},
    {"name": "cy", "age": 22},
]
print(len(people), "people")
by_name = sorted(people, key=lambda p: p["name"])
print([p["name"] for p in by_name])
by_age = sorted(people, key=lambda p: p["age"])
print(by_age)

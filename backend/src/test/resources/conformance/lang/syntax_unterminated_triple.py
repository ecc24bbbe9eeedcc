# A triple-quoted string that is never closed
def describe():
    """Return a description."""
    return "a thing"

print("before")
print(describe())
doc = """This docstring
goes on and on
print(doc)

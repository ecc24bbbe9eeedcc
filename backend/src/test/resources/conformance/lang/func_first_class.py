# Functions as values
def shout(text):
    return text.upper() + "!"
def whisper(text):
    return text.lower() + "..."
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([shout, whisper, len, str.title], "Hello There"))
speak = shout
print(speak("hey"), speak is shout, speak.__name__)
handlers = {"loud": shout, "quiet": whisper}
for mode in ["loud", "quiet", "loud"]:
    print(handlers[mode]("mode " + mode))
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
triple = make_multiplier(3)
print(triple(5), make_multiplier(10)(4), [make_multiplier(i)(2) for i in range(4)])
def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value
print(pipeline(" Data ", str.strip, str.lower, lambda s: s * 2, len))
print(sorted([3, -4, 1, -2], key=abs), max(["apple", "fig", "banana"], key=len))
print(list(map(make_multiplier(5), range(4))))

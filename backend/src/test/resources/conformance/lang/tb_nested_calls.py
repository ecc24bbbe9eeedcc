# Uncaught error three calls deep
def load_config(text):
    print("loading", repr(text))
    return parse_lines(text.splitlines())

def parse_lines(lines):
    result = {}
    for line in lines:
        key, value = split_pair(line)
        result[key] = value
    return result

def split_pair(line):
    key, value = line.split("=")
    return key.strip(), int(value)

print(load_config("a = 1\nb = 2"))
print(load_config("a = 1\nb = two"))

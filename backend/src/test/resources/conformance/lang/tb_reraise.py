# Bare raise re-raises the active exception after logging
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        raise

print(parse("12"))
print(parse("twelve"))

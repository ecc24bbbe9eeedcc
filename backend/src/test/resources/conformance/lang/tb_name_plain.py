# NameError with no close match
def header():
    print("=" * 20)

def report():
    header()
    print("starting report")
    print(completely_unknown_value)

report()
print("unreachable")

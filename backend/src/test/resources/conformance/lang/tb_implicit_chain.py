# Implicit chaining: an exception raised while handling another
def risky():
    return [1, 2, 3][10]

def handler():
    try:
        risky()
    except IndexError:
        print("handling the IndexError...")
        log = None
        log.append("failed")

handler()

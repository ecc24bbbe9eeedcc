def add(a, b=1):
    return a + b

def total(xs):
    s = 0
    for x in xs:
        if x > 0:
            s += x
    return s

def guarded(f):
    try:
        return f()
    except ValueError as e:
        return str(e)
    finally:
        print("done")

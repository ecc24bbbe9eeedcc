# UnboundLocalError traceback
counter = 0

def bump():
    counter += 1
    return counter

print("before", counter)
bump()
print("after")

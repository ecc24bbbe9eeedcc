# NameError and UnboundLocalError messages
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e, e.args)
def use_before_assign():
    print(total)
    total = 5
try:
    use_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))
count = 10
def increment():
    count += 1
try:
    increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def maybe(flag):
    if flag:
        value = "set"
    return value
print(maybe(True))
try:
    maybe(False)
except NameError as e:
    print(type(e).__name__, e)
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as e:
    print("deleted:", e)
try:
    lenn = 3
    print(lem([1]))
except NameError as e:
    print("NameError:", e)

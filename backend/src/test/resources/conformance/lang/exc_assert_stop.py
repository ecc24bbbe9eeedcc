# AssertionError and StopIteration
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount
for amt in [30, -5, 500]:
    try:
        print("new balance", withdraw(100, amt))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args, str(e) == "")
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args[0])
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.value)
def gen():
    yield 1
    return "finished"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator returned:", e.value, e.args)
print(next(iter([]), "default"))

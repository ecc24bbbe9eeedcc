# Order of try / except / else / finally
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return log + ["returned from try"]
        log.append("try end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for action in ["ok", "raise", "return"]:
    print(action, run(action))
def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return completes")
print(finally_overrides())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
def loop_break():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after loop"
print(loop_break())

# raise SystemExit directly, and SystemExit escaping a function
def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)
try:
    shutdown(4)
except SystemExit as e:
    print("intercepted", e.code)
def guarded():
    try:
        shutdown(5)
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("finally in guarded")
guarded()
print("unreachable")

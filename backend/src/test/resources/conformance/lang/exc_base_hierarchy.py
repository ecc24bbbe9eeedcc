# BaseException subclasses that Exception does not catch
def catch(exc):
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("only BaseException caught", type(e).__name__, repr(e))
for exc in [SystemExit(2), KeyboardInterrupt(), GeneratorExit(), StopIteration(5), ValueError("v")]:
    catch(exc)
for cls in [SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, ArithmeticError,
            LookupError, TimeoutError, ModuleNotFoundError, RecursionError, AssertionError]:
    print(cls.__name__, issubclass(cls, Exception), issubclass(cls, BaseException))
try:
    raise SystemExit("stopping")
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", repr(e), str(e) == "")
print("still running")

import signal

print(repr(signal.SIGTERM), signal.SIGTERM, repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)))
print(signal.Signals(15).name, signal.SIGTERM == 15, type(signal.SIGTERM).__name__)
print(int(signal.SIGALRM), int(signal.SIGUSR1), int(signal.SIGINT), int(signal.SIGKILL))
for bad in ((signal.SIGKILL, signal.SIG_IGN), (signal.SIGTERM, 5), (99, signal.SIG_IGN), (0, signal.SIG_IGN)):
    try:
        signal.signal(*bad)
    except Exception as e:
        print(type(e).__name__, e)
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(repr(old), repr(signal.getsignal(signal.SIGUSR1)))
def h(signum, frame):
    pass
print(repr(signal.signal(signal.SIGUSR1, h)), signal.getsignal(signal.SIGUSR1) is h)
try:
    signal.Signals(77)
except ValueError as e:
    print("ValueError:", e)
print(signal.strsignal(signal.SIGTERM))

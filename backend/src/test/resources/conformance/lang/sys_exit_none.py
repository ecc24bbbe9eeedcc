# sys.exit() and sys.exit(None) mean success
import sys
print("about to exit")
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("now really exiting")
sys.exit(None)

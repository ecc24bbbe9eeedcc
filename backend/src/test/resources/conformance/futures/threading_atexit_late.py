import threading
def again():
    print("at exit")
    threading._register_atexit(print, "never")
threading._register_atexit(again)
print("main done")

# An exception raised in the server escapes in the caller: its traceback goes through the
# proxy's generated method and _callmethod.
import multiprocessing as mp

if __name__ == '__main__':
    m = mp.Manager()
    l = m.list([1, 2])
    print(l.pop(), l)
    l.pop(5)

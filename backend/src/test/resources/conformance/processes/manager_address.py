# A manager at an address the program chooses: another manager object connects to it there;
# nothing listens at an address no manager of the run serves.
from multiprocessing.managers import BaseManager, SyncManager
if __name__ == '__main__':
    m = SyncManager(address=('127.0.0.1', 50123), authkey=b'abc')
    m.start()
    print(m.address)
    l = m.list([1])
    print(l)
    m2 = SyncManager(address=m.address, authkey=b'abc')
    m2.connect()
    print('connected')
    m.shutdown()
    try:
        BaseManager(address=('127.0.0.1', 50124), authkey=b'abc').connect()
    except OSError as e:
        print(type(e).__name__, e)

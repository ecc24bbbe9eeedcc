# A failure while the server creates an object comes back as a RemoteError carrying the
# server's traceback.
import multiprocessing as mp

if __name__ == '__main__':
    with mp.Manager() as m:
        v = m.Value('i', 1)
        print(v)
        v = m.Value('i')

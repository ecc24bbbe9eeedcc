import concurrent.futures
import concurrent.futures.process as cfp


def triple(x):
    return 3 * x


if __name__ == '__main__':
    print(concurrent.futures.ProcessPoolExecutor is cfp.ProcessPoolExecutor)
    print(cfp.BrokenProcessPool.__mro__[1].__name__, cfp.EXTRA_QUEUED_CALLS)
    print('ProcessPoolExecutor' in concurrent.futures.__all__)
    with concurrent.futures.ProcessPoolExecutor(2) as ex:
        print(ex.submit(triple, 14).result())
    try:
        concurrent.futures.ProcessPool
    except AttributeError as e:
        print('AttributeError:', e)

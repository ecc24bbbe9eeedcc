from concurrent.futures import ProcessPoolExecutor, TimeoutError
import time


def slow(x):
    time.sleep(0.5 * x)
    return x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        it = ex.map(slow, [0, 1, 4], timeout=1.0)
        try:
            for r in it:
                print('got', r)
        except TimeoutError as e:
            print('TimeoutError', type(e).__module__, repr(e))
    print('after with')

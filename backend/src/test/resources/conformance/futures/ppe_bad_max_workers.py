from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp

if __name__ == '__main__':
    for n in (0, -3):
        try:
            ProcessPoolExecutor(max_workers=n)
        except ValueError as e:
            print(n, 'ValueError:', e)
    for kw in ({'max_tasks_per_child': 0}, {'max_tasks_per_child': 'x'},
               {'max_tasks_per_child': 2, 'mp_context': mp.get_context('fork')},
               {'initializer': 5}):
        try:
            ProcessPoolExecutor(2, **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    ProcessPoolExecutor(max_workers=0)

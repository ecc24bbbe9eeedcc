import multiprocessing

def work(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

results = []
errors = []

def on_result(value):
    results.append(value)

def on_error(exc):
    errors.append(repr(exc))

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        rs = [pool.apply_async(work, (x,), callback=on_result, error_callback=on_error)
              for x in [1, -2, 3, -4, 5]]
        for r in rs:
            r.wait()
        print(sorted(results))
        print(sorted(errors))
        print([r.successful() for r in rs])
        m = pool.map_async(work, [1, 2, 3], callback=on_result)
        print(m.get())
        print(results[-1] if results[-1] == [2, 4, 6] else sorted(results))
        bad = pool.map_async(work, [1, -1, 2, 3], chunksize=1, error_callback=on_error)
        bad.wait()
        print(bad.successful(), errors[-1])

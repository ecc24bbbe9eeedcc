from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(sum, [1, 2, 3]).result())
ex.shutdown()
ex.shutdown()
try:
    ex.submit(sum, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(1) as ex2:
    pass
ex2.submit(print, "never")

from concurrent.futures import Future

f = Future()
print(f.cancel())
f.result()

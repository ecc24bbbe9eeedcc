from concurrent.futures import Future
from concurrent.futures.thread import _WorkItem

print(Future[int])
print(_WorkItem[str])

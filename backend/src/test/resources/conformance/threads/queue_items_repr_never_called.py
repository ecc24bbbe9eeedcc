import queue
class Job:
    def __repr__(self):
        print("repr!")
        return "Job"
q = queue.Queue()
q.put(Job())
print(q.get())
q2 = queue.SimpleQueue()
q2.put(Job())
q2.put([Job(), 1, "two"])
print(q2.get(), q2.get())

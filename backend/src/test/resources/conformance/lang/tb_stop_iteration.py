# Uncaught StopIteration from next() on an exhausted iterator
chores = ["wash", "dry"]
tasks = iter(chores)
done = []
print("starting chores")
done.append(next(tasks))
print("did", done[-1])
done.append(next(tasks))
print("did", done[-1])
done.append(next(tasks))
print("did", done[-1])

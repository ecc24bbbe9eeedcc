# Custom awaitables that suspend, and a tiny round-robin scheduler
class Yield:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        return received
async def worker(name, steps):
    total = 0
    for i in range(steps):
        got = await Yield(f"{name} step {i}")
        total += got if got else 0
    return f"{name} finished with {total}"
def run_all(coros):
    queue = [(c, None) for c in coros]
    results = []
    tick = 0
    while queue:
        coro, value = queue.pop(0)
        try:
            label = coro.send(value)
            print(f"tick {tick}: {label}")
            queue.append((coro, tick))
        except StopIteration as e:
            print(f"tick {tick}: done -> {e.value}")
            results.append(e.value)
        tick += 1
    return results
print(run_all([worker("A", 2), worker("B", 3), worker("C", 1)]))

# async for over a hand-written asynchronous iterator
class Tick:
    def __await__(self):
        value = yield "tick"
        return value
class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n + 1
async def consume():
    seen = []
    async for value in Countdown(4):
        print("  async for got", value)
        seen.append(value)
    else:
        print("  loop ended normally")
    return seen
def drive(coro):
    suspensions = 0
    while True:
        try:
            coro.send(None)
            suspensions += 1
        except StopIteration as e:
            print("suspensions:", suspensions)
            return e.value
print(drive(consume()))
async def total_of(n):
    total = 0
    async for v in Countdown(n):
        if v == 2:
            break
        total += v
    return total
print(drive(total_of(5)))

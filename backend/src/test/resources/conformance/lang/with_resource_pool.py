# A resource pool handing out connections via with-blocks
class Pool:
    def __init__(self, size):
        self.free = list(range(1, size + 1))
        self.in_use = []
    def acquire(self):
        return Lease(self)
class Lease:
    def __init__(self, pool):
        self.pool = pool
    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.conn = self.pool.free.pop(0)
        self.pool.in_use.append(self.conn)
        print(f"  lease conn {self.conn} free={self.pool.free}")
        return self.conn
    def __exit__(self, *exc):
        self.pool.in_use.remove(self.conn)
        self.pool.free.append(self.conn)
        print(f"  return conn {self.conn} free={self.pool.free}")
pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print("using", a, b, "in use:", pool.in_use)
        try:
            with pool.acquire() as c:
                print("never", c)
        except RuntimeError as e:
            print("error:", e)
    print("in use after inner:", pool.in_use)
print("all free:", pool.free)

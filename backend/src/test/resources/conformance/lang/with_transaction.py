# A transaction context manager that rolls back on error
class Database:
    def __init__(self):
        self.data = {"alice": 100, "bob": 50}
    def __repr__(self):
        return f"Database({self.data})"
class Transaction:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db.data)
        print("begin")
        return self.db.data
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.db.data = self.snapshot
            print("rollback because", exc_type.__name__, exc)
            return True
        print("commit")
        return False
db = Database()
def transfer(src, dst, amount):
    with Transaction(db) as data:
        data[src] -= amount
        if data[src] < 0:
            raise ValueError(f"{src} would be overdrawn")
        data[dst] += amount
    print(db)
transfer("alice", "bob", 30)
transfer("bob", "alice", 500)
transfer("alice", "carol", 10)
print(db)

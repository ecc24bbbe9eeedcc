# Three exceptions chained together, mixing implicit and explicit
class StorageError(Exception):
    pass

def read_record(db, key):
    try:
        return db[key]
    except KeyError:
        return int("corrupt")

def load(db, key):
    try:
        return read_record(db, key)
    except ValueError as e:
        raise StorageError("cannot load " + key) from e

print(load({"k": 1}, "k"))
load({}, "missing")

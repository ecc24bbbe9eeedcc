# raise ... from None hides the original exception
class LookupFailed(Exception):
    pass

def find(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupFailed(f"no entry for {key!r}") from None

table = {"a": 1}
print(find(table, "a"))
find(table, "b")

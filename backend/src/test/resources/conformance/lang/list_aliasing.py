# References, aliasing and copies
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c)
nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([5])
print(nested, shallow)
def add_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2))
def bad_add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(bad_add(1), bad_add(2), bad_add(3))
def modify(lst):
    lst[0] = "changed"
    lst = ["rebound"]
    return lst
orig = ["original", "x"]
print(modify(orig), orig)
x = [0]
y = x * 3
y[0] = 1
print(x, y)
print([1, 2] + [3], [1, 2] * 2, [] * 5)
lst = [1, 2, 3]
lst += (4, 5)
print(lst)
lst *= 2
print(lst)

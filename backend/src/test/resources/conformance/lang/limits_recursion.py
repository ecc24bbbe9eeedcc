# Runaway recursion is caught as RecursionError
def descend(n):
    return descend(n + 1)
try:
    descend(0)
except RecursionError as e:
    print(type(e).__name__, e)
def count_nodes(tree):
    if tree is None:
        return 0
    return 1 + count_nodes(tree[0]) + count_nodes(tree[1])
tree = None
for _ in range(200):
    tree = (tree, None)
print(count_nodes(tree))
print("still alive")

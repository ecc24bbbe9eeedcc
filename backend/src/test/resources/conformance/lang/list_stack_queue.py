# Stacks and queues using lists
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not len(st) or st.pop() != pairs[ch]:
                return False
    return len(st) == 0

for e in ["(a[b]{c})", "(]", "((", "{[()()]}", "", ")("]:
    print(repr(e), balanced(e))
s = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.peek())
while len(s):
    print("popped", s.pop())
queue = []
for job in ["print", "scan", "fax"]:
    queue.append(job)
    print("enqueued", job, queue)
while queue:
    job = queue.pop(0)
    print("processing", job, "remaining", queue)

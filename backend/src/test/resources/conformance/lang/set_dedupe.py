# Removing duplicates while keeping order, membership tests
def dedupe(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]))
print(dedupe("mississippi"))
print(len(set("mississippi")), sorted(set("mississippi")))
visitors_mon = {101, 102, 103, 104}
visitors_tue = {103, 104, 105}
visitors_wed = {101, 105, 106}
print("both days:", sorted(visitors_mon & visitors_tue))
print("all three:", visitors_mon & visitors_tue & visitors_wed)
print("any day:", sorted(visitors_mon | visitors_tue | visitors_wed))
print("only monday:", sorted(visitors_mon - visitors_tue - visitors_wed))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
print({3, 1} == {1, 3, 1}, set([2, 1, 2]))
print(isinstance({1}, set), type({1}), type({}))

# Graph reachability using sets of node numbers
graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set(), 7: {1}}
def reachable(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen
for node in sorted(graph):
    print(node, sorted(reachable(node)))
all_targets = set()
for targets in graph.values():
    all_targets |= targets
print("sources:", set(graph) - all_targets)
print("sinks:", {n for n, t in graph.items() if not t})
edges = {(a, b) for a, ts in graph.items() for b in ts}
print(len(edges), sorted(edges)[:4])
print({1, 2} in [{2, 1}, {3}], (1, 2) in edges)

# Loops that accumulate results: running stats and binary search
readings = [12.5, 13.0, 11.75, 14.25, 15.0, 9.5, 10.0]
lo = hi = readings[0]
total = 0.0
for i, r in enumerate(readings, start=1):
    total += r
    lo = min(lo, r)
    hi = max(hi, r)
    print(f"after {i}: mean={total / i:.3f} min={lo} max={hi}")
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 200, 3))
for t in [0, 99, 100, 198, 197, -3]:
    print(t, binary_search(data, t))

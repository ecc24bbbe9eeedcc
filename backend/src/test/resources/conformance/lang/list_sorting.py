# Sorting with keys, stability and reverse
students = [("Zoe", 88, 2), ("Adam", 95, 1), ("Mia", 88, 1), ("Liam", 72, 3), ("Ava", 95, 2)]
print(sorted(students))
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: s[1], reverse=True))
print(sorted(students, key=lambda s: (-s[1], s[0])))
by_year = sorted(students, key=lambda s: s[2])
print([s[0] for s in by_year])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted("Mississippi"), sorted({3: "c", 1: "a", 2: "b"}))
print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
def insertion_sort(items):
    items = list(items)
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items
print(insertion_sort([9, 4, 7, 1, 8, 2]))

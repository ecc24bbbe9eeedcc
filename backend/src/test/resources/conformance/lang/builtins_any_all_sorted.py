# any, all, sorted and reversed in practical checks
passwords = ["hunter2", "Password1", "abc", "Secur3P4ss!", "ALLCAPS99"]
def strong(p):
    checks = [len(p) >= 8, any(c.isupper() for c in p), any(c.islower() for c in p), any(c.isdigit() for c in p)]
    return all(checks), checks
for p in passwords:
    print(f"{p:12}", strong(p))
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any(""))
nums = [5, 3, 9, 1, 7]
print(sorted(nums), nums, sorted(nums, reverse=True))
print(sorted("banana"), sorted(("b", "a")), sorted({3: 1, 1: 2}))
print(list(reversed(sorted(nums))), sorted(reversed(nums)))
words = ["kiwi", "Fig", "apple", "Date", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(records, key=lambda r: r[1]))

# Generator expressions
squares = (n * n for n in range(10))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101) if x % 2 == 0))
print(max(len(w) for w in "a quick brown fox".split()))
print(any(c.isdigit() for c in "abc1"), all(c.islower() for c in "abc"))
print(sorted((x % 7 for x in range(20)), reverse=True))
print(tuple(c.upper() for c in "gen"), set(x // 3 for x in range(9)))
print(dict((k, k * 2) for k in "ab"))
print(", ".join(str(i) for i in range(5)))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(v for row in matrix for v in row))
print(list((r, c) for r in range(3) for c in range(r)))
evaluated = []
def note(x):
    evaluated.append(x)
    return x
lazy = (note(x) for x in range(5))
print(evaluated)
first_two = [next(lazy), next(lazy)]
print(first_two, evaluated)

# abs, round, divmod, pow, sum, min, max
print(abs(-3), abs(3.5), abs(-0.0), abs(-(10 ** 20)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(123.456, -1), round(125, -1), round(135, -1), round(5.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(5.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(7, 128, 13), pow(2.0, -1), pow(9, 0.5))
print(pow(3, -1, 7), pow(38, -1, 97))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(()))
print(min(4, 2, 8), max(4, 2, 8), min([3, 1, 2]), max("hello"), min("b", "a", "c"))
print(max([], default=None), min([5], default=0), max(["aa", "b"], key=len), min(["aa", "b"], key=len))
print(max([1, -5, 3], key=abs), min([(2, "b"), (1, "z"), (1, "a")]))
print(max(1, 2.5), min(-1, -1.0), max([True, 2, 1.5]))
scores = {"ann": 88, "bob": 95, "cy": 77}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))

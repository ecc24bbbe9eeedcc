# TypeError messages from operators
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: "a" - "b",
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: 2.5 * "x",
    lambda: "abc" * 1.5,
    lambda: {} + {},
    lambda: 3 < "3",
    lambda: "b" >= 2,
    lambda: [1] < (1,),
    lambda: None > None,
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 / "2",
    lambda: 5 % [],
    lambda: 2 ** None,
    lambda: [1, 2] * [3],
    lambda: {1} | [2],
    lambda: 1 & 2.0,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__ + ":", e)

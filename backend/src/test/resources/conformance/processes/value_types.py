import multiprocessing as mp

if __name__ == "__main__":
    v = mp.Value("i", 7)
    print(v, v.value)
    v.value = 2 ** 31 + 5
    print(v.value)
    d = mp.Value("d", 1)
    print(d, d.value, type(d.value).__name__)
    f = mp.Value("f", 0.1)
    print(f.value)
    b = mp.Value("b", 200)
    print(b.value)
    raw = mp.Value("i", 3, lock=False)
    print(raw, raw.value)
    try:
        v.value = 1.5
    except TypeError as e:
        print("TypeError:", e)
    print(type(v.get_lock()).__name__)
    a = mp.Array("i", [1, 2, 3, 4])
    print(len(a), a[0], a[-1], a[1:3], a[:])
    a[0] = 10
    a[1:3] = [20, 30]
    print(a[:], list(a))
    z = mp.Array("d", 3)
    print(z[:])
    try:
        a[9]
    except IndexError as e:
        print("IndexError:", e)
    try:
        a[0:2] = [1]
    except ValueError as e:
        print("ValueError:", e)

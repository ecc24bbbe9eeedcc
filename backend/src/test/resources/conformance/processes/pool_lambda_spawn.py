import multiprocessing as mp

square = lambda x: x * x

def cube(x):
    return x ** 3

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        print(pool.map(cube, [1, 2, 3]))
        try:
            pool.map(square, [1, 2])
        except Exception as e:
            print(type(e).__module__, type(e).__name__, str(e).replace(hex(id(square)), "ADDR"))
        print(pool.apply(cube, (4,)))

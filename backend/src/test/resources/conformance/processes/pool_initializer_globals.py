from multiprocessing import Pool

counter = 0
config = None

def setup(value):
    global config
    config = value

def bump(x):
    global counter
    counter += 1
    return (config, x)

if __name__ == "__main__":
    with Pool(2, initializer=setup, initargs=("ready",)) as pool:
        print(pool.map(bump, [1, 2, 3]))
    print(counter, config)
    try:
        Pool(2, initializer=5)
    except TypeError as e:
        print("TypeError:", e)

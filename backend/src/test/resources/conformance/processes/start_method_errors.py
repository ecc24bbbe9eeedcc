import multiprocessing as mp

if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    mp.set_start_method("fork")
    print(mp.get_start_method())
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        mp.set_start_method("nope", force=True)
    except ValueError as e:
        print("ValueError:", e)

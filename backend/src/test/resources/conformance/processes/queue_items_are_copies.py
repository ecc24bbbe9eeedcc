import multiprocessing as mp

def child(q, r):
    item = q.get()
    item["seen"] = True
    item["list"].append(99)
    r.put(item)

if __name__ == "__main__":
    q = mp.Queue()
    r = mp.Queue()
    data = {"list": [1, 2]}
    p = mp.Process(target=child, args=(q, r))
    p.start()
    q.put(data)
    back = r.get()
    p.join()
    print("sent", data)
    print("back", back)
    print(back is data, back == data)

from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


def job(text):
    return parse(text) * 2


with ThreadPoolExecutor() as ex:
    good = ex.submit(job, "21")
    bad = ex.submit(job, "twenty")
    print(good.result())
    print(bad.result())

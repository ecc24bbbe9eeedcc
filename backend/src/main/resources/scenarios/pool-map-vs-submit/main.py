from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
import time

PAGES = {"home": 0.06, "news": 0.02, "sport": 0.04, "shop": 0.01, "mail": 0.03}


def download(page):
    time.sleep(PAGES[page])       # waiting for the network: no CPU, GIL released
    who = threading.current_thread().name
    return f"{page} ({who})"


with ThreadPoolExecutor(max_workers=3) as pool:   # three workers share five downloads
    print("map, in the order asked:")
    for text in pool.map(download, PAGES):
        print("  ", text)

    print("submit + as_completed, in the order finished:")
    futures = [pool.submit(download, page) for page in PAGES]
    for future in as_completed(futures):
        print("  ", future.result())

    slow = pool.submit(time.sleep, 0.05)
    print("right after submit: done?", slow.done())
    slow.add_done_callback(lambda f: print("callback: the sleep finished"))
print("after the with block every call is done:", slow.done())

# A Thread subclass with its own __init__ that calls super().__init__()
import threading

class Downloader(threading.Thread):
    def __init__(self, url, results, **kwargs):
        super().__init__(name="dl-" + url, **kwargs)
        self.url = url
        self.results = results

    def run(self):
        me = threading.current_thread()
        self.results[self.url] = (me is self, me.name, len(self.url))

results = {}
workers = [Downloader(u, results) for u in ("a.org", "bb.com", "ccc.net")]
workers.append(Downloader("d.io", results, daemon=True))
for w in workers:
    print(w.name, w.daemon, w.is_alive())
for w in workers:
    w.start()
for w in workers:
    w.join()
for url in sorted(results):
    print(url, results[url])

class Broken(threading.Thread):
    def __init__(self):
        self.value = 1   # forgot super().__init__()

try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)

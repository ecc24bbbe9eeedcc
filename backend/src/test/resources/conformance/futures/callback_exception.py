from concurrent.futures import Future


class Job(Future):
    def __repr__(self):
        return "<Job>"


def bad_callback(fut):
    raise ValueError("callback failed on " + str(fut.result()))


def good_callback(fut):
    print("good callback sees", fut.result())


f = Job()
f.add_done_callback(bad_callback)
f.add_done_callback(good_callback)
f.set_result(5)
print("after set_result")
f.add_done_callback(bad_callback)
print("end")

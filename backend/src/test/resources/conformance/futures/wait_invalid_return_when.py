from concurrent.futures import Future, wait

done = Future()
done.set_result(1)
print(len(wait([done], return_when="SOMETIME").done))
pending = Future()
wait([pending], timeout=1, return_when="SOMETIME")

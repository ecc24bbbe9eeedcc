# A manager's Event and Condition coordinate processes: the waiting happens in the server's
# thread for each client, so the client waits for its reply.
import multiprocessing as mp


def setter(ev, cond, state):
    with cond:
        state.append('ready')
        cond.notify_all()
    ev.set()


if __name__ == '__main__':
    with mp.Manager() as m:
        ev = m.Event()
        cond = m.Condition()
        state = m.list()
        print(type(ev).__name__, type(cond).__name__, ev.is_set(), ev.wait(0.01))
        p = mp.Process(target=setter, args=(ev, cond, state))
        with cond:
            p.start()
            print('predicate', cond.wait_for(lambda: len(state) > 0, timeout=5))
        print('event', ev.wait(5), ev.is_set())
        p.join()
        ev.clear()
        print(ev.is_set(), list(state))
        with cond:
            print('timed out', cond.wait(0.01))
        try:
            cond.notify()
        except RuntimeError as e:
            print('RuntimeError', e)

# A manager's Namespace: attributes set by a child are seen by the parent; names starting with
# an underscore stay on the proxy.
import multiprocessing as mp


def work(ns):
    ns.x = ns.x + 1
    ns.label = 'set by child'


if __name__ == '__main__':
    with mp.Manager() as m:
        ns = m.Namespace(x=1)
        print(ns, type(ns).__name__)
        p = mp.Process(target=work, args=(ns,))
        p.start()
        p.join()
        print(ns.x, ns.label)
        print(ns)
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError', e)
        del ns.label
        print(ns)
        ns._local = 5
        print(ns._local, ns)
        try:
            del ns.label
        except AttributeError as e:
            print('AttributeError', e)

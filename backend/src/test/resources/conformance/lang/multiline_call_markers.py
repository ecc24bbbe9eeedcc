import threading


def fail(*args, **kwargs):
    raise ValueError(len(args))


class Box:
    def method(self, *args):
        return fail(*args)


def expression_statement():
    fail(1,
         2)


def returned():
    return fail(1,
                2,
                3)


def assigned():
    x = fail(
        1,
        2,
    )
    return x


def attribute_target():
    box = Box()
    box.value = box.method(1,
                           2)


def long_call():
    value = [fail(
        1,
        2,
        3,
        4,
        5,
        6,
    )]
    return value


def subscript():
    table = {'a': 1}
    return table[
        'b'
    ]


def nested():
    return len(fail(1,
                    2))


def operator():
    return (1 +
            fail(2))


def raised():
    raise ValueError(
        'multi-line raise'
    )


for case in (expression_statement, returned, assigned, attribute_target, long_call, subscript,
             nested, operator, raised):
    t = threading.Thread(target=case)
    t.start()
    t.join()

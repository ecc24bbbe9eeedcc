def f(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as e:
        print('V', repr(e))
    except* TypeError as e:
        print('T', repr(e))
        raise KeyError('new')
try:
    f([ValueError(1), TypeError(2), OSError(3)])
except BaseException as e:
    print('outer', repr(e))
try:
    f([ValueError(1)])
except BaseException as e:
    print('outer2', repr(e))
else:
    print('handled all')
try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked', repr(e))
try:
    try:
        raise KeyError('k')
    except* ValueError:
        print('no')
except KeyError as e:
    print('keyerror passes', repr(e))
try:
    try:
        raise ExceptionGroup('x', [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraised', repr(e))
try:
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
f([TypeError(5), OSError(6)])

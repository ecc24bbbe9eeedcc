from concurrent.futures import ProcessPoolExecutor
import os

greeting = 'unset'


def init(word, punct):
    global greeting
    greeting = word + punct


def greet(name):
    return f'{greeting} {name}'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=('hello', '!')) as ex:
        print(list(ex.map(greet, ['ann', 'bob', 'cy'])))
    print(greeting)

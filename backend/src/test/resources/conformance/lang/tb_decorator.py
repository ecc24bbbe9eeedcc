# Traceback passes through a decorator wrapper
def logged(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

print(divide(10, 4))
print(divide(1, 0))

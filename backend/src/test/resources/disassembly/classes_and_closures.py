class Counter:
    step = 1

    def __init__(self):
        super().__init__()
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n

def make_adder(k):
    def add(x):
        return x + k
    return add

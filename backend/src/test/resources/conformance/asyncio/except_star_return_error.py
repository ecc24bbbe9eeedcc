def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            for j in range(2):
                break
            return 1

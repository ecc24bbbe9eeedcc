# Matrix multiplication with one thread per result row
import threading

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 0, 1]]
B = [[1, 0], [0, 1], [2, 2]]
C = [None] * len(A)

def row(i):
    C[i] = [sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))]

threads = [threading.Thread(target=row, args=(i,)) for i in range(len(A))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in C:
    print(r)

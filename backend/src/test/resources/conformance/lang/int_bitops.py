# Bit manipulation helpers
def bits(n, width=8):
    return format(n, "0" + str(width) + "b")

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

for n in [0, 1, 5, 12, 255, 1023]:
    print(n, bits(n, 10), popcount(n), len(bin(n)) - 2)
a, b = 0b1100, 0b1010
print(bits(a & b), bits(a | b), bits(a ^ b), bits(~a & 0xFF))
print(~0, ~1, ~-1, -1 & 0xFF, -8 >> 1, -1 >> 10)
print(1 << 65, (1 << 65) >> 60)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("read" if flags & READ else "-", "write" if flags & WRITE else "-", "exec" if flags & EXEC else "-")
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags)
print(hex(255), hex(-255), format(8, "o"), bin(10), bin(-10))
print(0xFF, 0o17, 0b101, 1_000_000)
print(len(bin(2 ** 100)) - 2, bin(-(2 ** 100))[:6])

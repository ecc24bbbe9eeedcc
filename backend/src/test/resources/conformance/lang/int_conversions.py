# Converting numbers to strings in various bases
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 7, 255, 1000, -42, 2 ** 40]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
    print("  builtins:", bin(n), format(n, "o"), hex(n))
    print("  roundtrip:", int(to_base(n, 36), 36) == n)
print(chr(65), ord("A"), chr(0x3b1), ord("\u03b1"), chr(9731))
print([ord(c) for c in "Hi!"])
print("".join(chr(c) for c in [80, 121, 116, 104, 111, 110]))

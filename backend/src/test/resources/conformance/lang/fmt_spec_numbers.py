# Format specs for numbers
n = 1234567
print(f"{n:,}", f"{n:+,}", f"{n:>12,}", f"{n:012,}", f"{-n:,}")
print(f"{255:x}", f"{255:X}", f"{255:#x}", f"{255:o}", f"{255:#o}", f"{255:b}", f"{255:#b}", f"{255:08b}")
print(f"{5:+d}", f"{-5:+d}", f"{5: d}", f"{-5: d}", f"{5:-d}")
print(f"{42:*^11}", f"{42:=+8}", f"{-42:=8}", f"{42:0>6}", f"{42:#<6}")
f = 1234.56789
print(f"{f:.1f}", f"{f:10.3f}|", f"{f:<10.1f}|", f"{f:^12.2f}|", f"{f:,.2f}", f"{f:+.0f}")
print(f"{f:e}", f"{f:.2E}", f"{f:.3e}", f"{0.00001234:e}", f"{1e20:.0e}")
print(f"{0.25:%}", f"{0.25:.0%}", f"{0.12345:.2%}", f"{1.5:.1%}")
print(f"{3:.2f}", f"{7:e}", f"{10:%}")
print(f"{1e-10:.3e}", f"{123456:.2e}", f"{0.0:e}", f"{-0.0:.1f}")
print(f"{float('inf'):10.2f}|", f"{float('nan'):>6}|", f"{float('-inf'):e}")
for value in [0, 1, 10, 100, 1000, 10000]:
    print(f"|{value:>6}|{value:<6}|{value:^6}|{value:06}|{value:#06x}|")
print(format(1234.5, ",.2f"), format(42, "b"), format(0.5, ".0%"), format(12, ""))
print(format(3.5, ".2f"), format(255, "#X"), format(-12, "05d"))

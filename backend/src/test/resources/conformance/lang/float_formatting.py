# Formatting floats in several ways
values = [3.14159265, 2.5, 1e-7, 123456.789, -0.5, 1e21, 0.000001234]
for v in values:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:.2e}", f"{v:10.2f}|", f"{v:<12.1e}|")
print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{1234567.891:,.2f}", f"{0.256:.1%}", f"{-3.5:+.1f}", f"{3.5:+.1f}")
print(f"{12.0}", f"{12.0:.0f}", f"{1e16:.1e}", f"{123456789.0:,.1f}")
print("%.2f" % 3.14159, "%8.3f|" % 2.5, "%e" % 1234.5, "%g" % 0.0001)
print(format(2 / 3, ".5f"), format(2 / 3, ".5e"), format(1 / 7, ""))
print(str(1e-4), str(1e-5), str(123e20))

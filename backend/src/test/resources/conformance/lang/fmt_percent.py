# printf-style % formatting
print("%s is %d years" % ("Tom", 30))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %8.3f %-8.1f|" % (3.14159, 2.71828, 1.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.2e %g %G" % (12345.678, 0.000123, 1e-5, 1e20))
print("%r %s" % ("text", "text"))
print("%c%c%c" % (72, 105, 33))
print("100%% sure, %d%% done" % (50,))
print("%+d %+d % d" % (5, -5, 5))
print("%(name)s scored %(score).1f" % {"name": "Ann", "score": 91.25})
print("%s" % [1, 2, 3], "%s" % (None,), "%s %s" % (True, 1.0))
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef")
print("%*d|%-*d|" % (6, 7, 6, 7))
rows = [("widgets", 4, 2.5), ("gadgets", 12, 10.0), ("gizmos", 100, 0.75)]
for item, qty, price in rows:
    print("%-10s %4d @ %6.2f = %8.2f" % (item, qty, price, qty * price))
print("%d items" % 3, "%i" % 7, "%d" % 3.99)

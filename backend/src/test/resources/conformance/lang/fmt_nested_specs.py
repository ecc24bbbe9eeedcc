# Nested replacement fields in format specs
data = [("alpha", 1.23456), ("beta", 22.5), ("gamma", 333.0)]
for width in (8, 12):
    for prec in (1, 3):
        for label, value in data:
            print(f"[{label:>{width}}] [{value:{width}.{prec}f}]")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{11}}")
for spec in ["<", ">", "^"]:
    print(f"|{'x':{spec}5}|")
print("{:{}{}}".format(3.14159, ".", "3f"))
sign = "+"
print(f"{12:{sign}}, {-12:{sign}}")
base = "x"
print(f"{255:{base}}", f"{255:#{base}}", f"{255:0>{8}{base}}")

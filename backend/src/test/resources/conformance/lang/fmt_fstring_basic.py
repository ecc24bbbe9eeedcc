# f-string basics
name = "Grace"
age = 85
langs = ["COBOL", "FLOW-MATIC"]
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {langs!r}")
print(f"{age + 1} next year, {age * 12} months")
print(f"{name.upper()} {len(name)} {name[::-1]}")
print(f"{'nested quotes'} and {langs[0]}")
print(f"{{literal braces}} {{{age}}}")
print(f"{3.14159:.2f} {42:5d} {42:<5d}| {42:^7}|")
x = 10
y = 3
print(f"{x=}, {y=}, {x / y=:.3f}")
print(f"{x + y = }")
print(f"{name=!s} {name = }")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n'] ** 2}")
print(f"{'yes' if x > y else 'no'}")
width = 12
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]")
precision = 4
print(f"{2 / 3:.{precision}f} {2 / 3:{width}.{precision}f}|")
print(f"result: {[n * n for n in range(5)]}")
print(f"{'multi'}"
      f"{'part'}")

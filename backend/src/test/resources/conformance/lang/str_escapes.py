# Escape sequences and raw strings
print("quote: \"x\" and 'y'")
print('single \'quoted\'')
print("backslash \\ done")
print(r"raw \n stays", len(r"\n"), len("\n"))
print("bell", repr("\a\b\f\v"))
print("""triple "quoted"
spans lines""")
print('''another
   indented''')
s = "col1\tcol2\tcol3"
print(s.split("\t"))
print("a" "b" "c", "implicit" " concat")
path = r"C:\new\table"
print(path, repr(path), len(path))
print("\101\102\103", "\u263a", "\U0001F600")
print(repr("'"), repr('"'), repr("'\""))
long = ("this string is built "
        "from several pieces "
        "across lines")
print(long)

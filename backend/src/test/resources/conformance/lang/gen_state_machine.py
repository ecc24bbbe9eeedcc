# A tokenizer written as a generator
def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            yield ("NUM", text[start:i])
            continue
        if ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            yield ("NAME", text[start:i])
            continue
        if ch in "+-*/()=":
            yield ("OP", ch)
            i += 1
            continue
        yield ("ERROR", ch)
        i += 1
for src in ["x = 3.5 * (y + 42)", "total=a1+b2", "7 $ 3"]:
    print(src)
    for kind, value in tokenize(src):
        print(f"   {kind:5} {value!r}")
print(len(list(tokenize("a b c d"))), [v for k, v in tokenize("1+2") if k == "NUM"])

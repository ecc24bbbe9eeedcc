# Dedent to a column that matches no outer block
def check(n):
    if n > 0:
        print("positive")
      print("checked")
    return n

check(1)
check(-1)
print("end")

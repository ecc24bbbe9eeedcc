x = 1
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print(globals() is sys_mod_globals, 'x' in globals())
sys_mod_globals = globals()
f(1)
print(sorted(k for k in locals() if not k.startswith('__')))
print(locals() is globals())
class C:
    y = 3
    print(sorted(k for k in locals() if not k.startswith('__')))
try:
    locals(1)
except TypeError as e:
    print(e)
try:
    globals(x=1)
except TypeError as e:
    print(e)

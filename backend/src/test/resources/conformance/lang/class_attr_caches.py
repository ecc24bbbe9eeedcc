class A:
    def m(self): return "A.m"
    x = 1
class B(A):
    pass
b = B()
def f(o): return o.m(), o.x
print(f(b))
A.m = lambda self: "new A.m"
print(f(b))
B.x = 5
print(f(b))
b.x = 7
print(f(b))
b.m = lambda: "inst m"
print(f(b))
del B.x
del b.x
print(f(b))
class C:
    def __init__(self, v): self.v = v
def mk(k): return k(3)
print(mk(C).v)
def init2(self, v): self.v = v * 2
C.__init__ = init2
print(mk(C).v)
class N:
    def __init__(self, v): self.v = v
print(mk(N).v)
N.__new__ = lambda cls, v: "made"
print(mk(N))
class D:
    @property
    def v(self): return "prop"
objs = [C(1), D(), b, C(2)]
for o in objs * 2:
    print(getattr(o, "v", None) if not isinstance(o, B) else o.m())
class E:
    def __setattr__(self, k, v): print("setattr", k); object.__setattr__(self, k, v)
def setv(o): o.v = 1
setv(C(0)); setv(E())
C.v = property(lambda self: "cprop", lambda self, v: print("cprop set", v))
setv(C.__new__(C))
class L(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "L"
def mk2(k): return k([1, 2])
print(mk2(L), mk2(L).tag, mk2(list))

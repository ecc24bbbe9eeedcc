# Positional, default, *args, **kwargs and keyword-only arguments
def describe(name, kind="unknown", *tags, verbose=False, **extra):
    print(f"name={name} kind={kind} tags={tags} verbose={verbose} extra={extra}")
describe("rex")
describe("rex", "dog")
describe("rex", "dog", "good", "loud")
describe("rex", kind="cat", verbose=True)
describe("rex", "dog", "x", color="brown", age=3)
describe(*["tom", "cat", "lazy"], **{"verbose": True, "owner": "jon"})
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=4, base=2), power(base=5))
def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(1, 2, start=10))
def kwonly(a, *, b, c=3):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(a=0, b=0, c=0))
def options(**kw):
    return sorted(kw.items())
print(options(z=1, a=2), options())
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))
args = (2, 10)
print(pow(*args), max(*[4, 9, 2]))

eg = ExceptionGroup('many', [ValueError('a'), TypeError('b')])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException))
sub = eg.subgroup(lambda e: isinstance(e, ValueError))
print(repr(sub))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
raise eg

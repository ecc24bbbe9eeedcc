package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * int(), float() and bool() constructors, round() and the int/float methods ({@link NumberMethods}, {@link NumberParse}).
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class IntParseTest {

    @Test
    void intFromStrings() {
        assertEquals("""
                12
                123
                ValueError: invalid literal for int() with base 10: '1__2'
                ValueError: invalid literal for int() with base 10: '_12'
                ValueError: invalid literal for int() with base 10: '1_'
                5
                0
                ValueError: invalid literal for int() with base 10: '- 5'
                ValueError: invalid literal for int() with base 10: '--1'
                ValueError: invalid literal for int() with base 10: '12.5'
                ValueError: invalid literal for int() with base 10: '1e5'
                42
                56
                5
                12
                ValueError: invalid literal for int() with base 10: ''
                ValueError: invalid literal for int() with base 10: ' '
                0
                0
                7
                999999999999999999999999999999
                31
                31
                31
                ValueError: invalid literal for int() with base 0: '010'
                0
                0
                0
                5
                1
                15
                7
                31
                35
                35
                36
                ValueError: invalid literal for int() with base 0: '0_1'
                31
                ValueError: invalid literal for int() with base 16: '0x'
                ValueError: invalid literal for int() with base 0: '0b'
                1
                ValueError: invalid literal for int() with base 16: '0x1g'
                ValueError: invalid literal for int() with base 2: '5'
                ValueError: int() base must be >= 2 and <= 36, or 0
                ValueError: int() base must be >= 2 and <= 36, or 0
                -255
                1000
                ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4302 digits; use sys.set_int_max_str_digits() to increase the limit
                111
                375
                """, LibraryHarness.runWithT("""
                for s in ['12', ' 12_3 ', '1__2', '_12', '1_', '+5', '-0', '- 5', '--1', '12.5', '1e5', '\\t\\n 42\\x0c', '\\u0665\\u0666', '\\uff15', '\\u00a012\\u2003', '', ' ', '0', '00', '007', '9' * 30]:
                    t(lambda: int(s))
                for s, b in [('0x1f', 0), ('0x1f', 16), ('1f', 16), ('010', 0), ('0', 0), ('00', 0), ('0_0', 0), ('0b101', 0), ('0B1', 0), ('0o17', 8), ('0o7', 0), ('0X1F', 0), ('z', 36), ('Z', 36), ('10', 36), ('0_1', 0), ('0x_1f', 16), ('0x', 16), ('0b', 0), ('0b1', 2), ('0x1g', 16), ('5', 2), ('12', 1), ('12', 37), ('-ff', 16), ('1_000', 0)]:
                    t(lambda: int(s, b))
                t(lambda: int('x' * 300)); t(lambda: int('1' * 4301)); t(lambda: int('1_' * 4301 + '1')); t(lambda: int('1' * 4300) % 1000); t(lambda: int('f' * 5000, 16) % 1000)
                """));
    }

    @Test
    void intFromOtherValues() {
        assertEquals("""
                0
                12
                -12
                1
                100000000000000000000
                1180591620717411303424
                OverflowError: cannot convert float infinity to integer
                ValueError: cannot convert float NaN to integer
                TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
                TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
                TypeError: int() can't convert non-string with explicit base
                TypeError: int() missing string argument
                ValueError: invalid literal for int() with base 2: '5'
                TypeError: int() got an unexpected keyword argument 'x'
                ValueError: int() base must be >= 2 and <= 36, or 0
                TypeError: 'float' object cannot be interpreted as an integer
                TypeError: int expected at most 2 arguments, got 3
                7
                3
                TypeError: __int__ returned non-int (type str)
                TypeError: int() argument must be a string, a bytes-like object or a real number, not 'F'
                """, LibraryHarness.runWithT("""
                t(lambda: int()); t(lambda: int(12.9)); t(lambda: int(-12.9)); t(lambda: int(True)); t(lambda: int(1e20)); t(lambda: int(2.0**70)); t(lambda: int(float('inf'))); t(lambda: int(float('nan')))
                t(lambda: int(None)); t(lambda: int([1])); t(lambda: int(12, 10)); t(lambda: int(base=10)); t(lambda: int('5', base=2)); t(lambda: int(x='5')); t(lambda: int('10', base=True)); t(lambda: int('10', 2.0)); t(lambda: int(1, 2, 3))
                class I:
                    def __int__(self): return 7
                class Ix:
                    def __index__(self): return 3
                class Bad:
                    def __int__(self): return 'x'
                class F:
                    def __float__(self): return 2.5
                t(lambda: int(I())); t(lambda: int(Ix())); t(lambda: int(Bad())); t(lambda: int(F()))
                """));
    }

    @Test
    void floatAndBool() {
        assertEquals("""
                1.5
                10.5
                inf
                -inf
                nan
                nan
                inf
                -inf
                0.0
                ValueError: could not convert string to float: '0x1p3'
                ValueError: could not convert string to float: '1.5e'
                inf
                inf
                0.0005
                ValueError: could not convert string to float: '1__0'
                ValueError: could not convert string to float: '_1'
                1.0
                ValueError: could not convert string to float: '.'
                ValueError: could not convert string to float: '1e'
                ValueError: could not convert string to float: 'e5'
                ValueError: could not convert string to float: '1.5.'
                10.0
                100100000000.0
                ValueError: could not convert string to float: '1._0'
                ValueError: could not convert string to float: '1e_5'
                ValueError: could not convert string to float: 'nanx'
                nan
                ValueError: could not convert string to float: 'infinit'
                1.5
                ValueError: could not convert string to float: '1d'
                ValueError: could not convert string to float: '1f'
                1.5
                -0.0
                ValueError: could not convert string to float: ''
                0.0
                7.0
                OverflowError: int too large to convert to float
                1.0
                TypeError: float() argument must be a string or a real number, not 'list'
                TypeError: float() takes no keyword arguments
                TypeError: float expected at most 1 argument, got 2
                TypeError: float() argument must be a string or a real number, not 'NoneType'
                2.5
                3.0
                TypeError: float() argument must be a string or a real number, not 'I'
                TypeError: Bad.__float__ returned non-float (type int)
                False
                False
                True
                TypeError: bool expected at most 1 argument, got 2
                TypeError: bool() takes no keyword arguments
                """, LibraryHarness.runWithT("""
                for s in [' 1.5 ', '1_0.5', 'inf', '-Infinity', 'nan', '-nan', '1e500', '-1e500', '1e-500', '0x1p3', '1.5e', 'infinity', 'iNf', '+.5e-3', '1__0', '_1', '1.', '.', '1e', 'e5', '1.5.', '1_0', '1_0.0_1e1_0', '1._0', '1e_5', 'nanx', '+nan', 'infinit', '\\uff11.\\uff15', '1d', '1f', '\\u00a01.5', '  -0  ', '']:
                    t(lambda: float(s))
                t(lambda: float()); t(lambda: float(7)); t(lambda: float(10**400)); t(lambda: float(True)); t(lambda: float([1])); t(lambda: float(x=1)); t(lambda: float(1, 2)); t(lambda: float(None))
                class I:
                    def __int__(self): return 7
                class Ix:
                    def __index__(self): return 3
                class Bad:
                    def __float__(self): return 1
                class F:
                    def __float__(self): return 2.5
                t(lambda: float(F())); t(lambda: float(Ix())); t(lambda: float(I())); t(lambda: float(Bad()))
                t(lambda: bool()); t(lambda: bool(0)); t(lambda: bool([1])); t(lambda: bool(1, 2)); t(lambda: bool(x=1))
                """));
    }

    @Test
    void roundBuiltinSemantics() {
        assertEquals("""
                2.5 ['0.0', '0.0', '2.0', '2.5', '2.5', '2.5', '2.5'] 2
                3.5 ['0.0', '0.0', '4.0', '3.5', '3.5', '3.5', '3.5'] 4
                -2.5 ['-0.0', '-0.0', '-2.0', '-2.5', '-2.5', '-2.5', '-2.5'] -2
                0.5 ['0.0', '0.0', '0.0', '0.5', '0.5', '0.5', '0.5'] 0
                1.5 ['0.0', '0.0', '2.0', '1.5', '1.5', '1.5', '1.5'] 2
                -0.5 ['-0.0', '-0.0', '-0.0', '-0.5', '-0.5', '-0.5', '-0.5'] 0
                2.675 ['0.0', '0.0', '3.0', '2.7', '2.67', '2.675', '2.675'] 3
                1.005 ['0.0', '0.0', '1.0', '1.0', '1.0', '1.005', '1.005'] 1
                1.0000000000000002e+16 ['1e+16', '1e+16', '1.0000000000000002e+16', '1.0000000000000002e+16', '1.0000000000000002e+16', '1.0000000000000002e+16', '1.0000000000000002e+16'] 10000000000000002
                0.125 ['0.0', '0.0', '0.0', '0.1', '0.12', '0.125', '0.125'] 0
                0.375 ['0.0', '0.0', '0.0', '0.4', '0.38', '0.375', '0.375'] 0
                -0.4 ['-0.0', '-0.0', '-0.0', '-0.4', '-0.4', '-0.4', '-0.4'] 0
                123.456 ['100.0', '120.0', '123.0', '123.5', '123.46', '123.456', '123.456'] 123
                1e+300 ['1e+300', '1e+300', '1e+300', '1e+300', '1e+300', '1e+300', '1e+300'] 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
                5e-324 ['0.0', '0.0', '0.0', '0.0', '0.0', '0.0', '5e-324'] 0
                1.1805916207174113e+21 ['1.1805916207174113e+21', '1.1805916207174113e+21', '1.1805916207174113e+21', '1.1805916207174113e+21', '1.1805916207174113e+21', '1.1805916207174113e+21', '1.1805916207174113e+21'] 1180591620717411303424
                1234 [0, 1000, 1200, 1230, 1234, 1234] 1234
                1250 [0, 1000, 1200, 1250, 1250, 1250] 1250
                1350 [0, 1000, 1400, 1350, 1350, 1350] 1350
                -1250 [0, -1000, -1200, -1250, -1250, -1250] -1250
                15 [0, 0, 0, 20, 15, 15] 15
                25 [0, 0, 0, 20, 25, 25] 25
                5 [0, 0, 0, 0, 5, 5] 5
                1000000000000000000050000000000 [1000000000000000000000000000000, 1000000000000000000050000000000, 1000000000000000000050000000000, 1000000000000000000050000000000, 1000000000000000000050000000000, 1000000000000000000050000000000] 1000000000000000000050000000000
                True [0, 0, 0, 0, 1, 1] 1
                OverflowError: cannot convert float infinity to integer
                ValueError: cannot convert float NaN to integer
                inf
                2
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: type str doesn't define __round__ method
                OverflowError: rounded value too large to represent
                OverflowError: rounded value too large to represent
                0.0
                ('r', None)
                ('r', 2)
                2.5
                TypeError: type Ix doesn't define __round__ method
                """, LibraryHarness.runWithT("""
                for x in [2.5, 3.5, -2.5, 0.5, 1.5, -0.5, 2.675, 1.005, 1e16 + 1.5, 0.125, 0.375, -0.4, 123.456, 1e300, 5e-324, 2.0**70]:
                    print(repr(x), [repr(round(x, n)) for n in [-2, -1, 0, 1, 2, 5, 400]], repr(round(x)))
                for x in [1234, 1250, 1350, -1250, 15, 25, 5, 10**30 + 5 * 10**10, True]:
                    print(x, [round(x, n) for n in [-11, -3, -2, -1, 0, 2]], round(x))
                t(lambda: round(float('inf'))); t(lambda: round(float('nan'))); t(lambda: round(float('inf'), 2)); t(lambda: round(1.5, None)); t(lambda: round(1.5, 'x'))
                t(lambda: round('x')); t(lambda: round(1.7976931348623157e308, -308)); t(lambda: round(-1.7976931348623157e308, -307)); t(lambda: round(1e300, -308))
                class R:
                    def __round__(self, n=None): return ('r', n)
                class Ix:
                    def __index__(self): return 3
                t(lambda: round(R())); t(lambda: round(R(), 2)); t(lambda: round(2.5, Ix())); t(lambda: round(Ix()))
                """));
    }

    @Test
    void numberMethods() {
        assertEquals("""
                3
                8
                0
                64
                101
                8
                3
                5
                5
                0
                5
                1
                1
                1
                (3, 1)
                True
                5
                1
                (5, 2)
                (3602879701896397, 36028797018963968)
                (0, 1)
                1
                1
                OverflowError: cannot convert Infinity to integer ratio
                ValueError: cannot convert NaN to integer ratio
                True
                False
                False
                2.5
                0.0
                2.5
                2
                2
                -3
                -2
                7
                1e+300
                3
                NotImplemented
                3
                0.5
                NotImplemented
                NotImplemented
                True
                12
                3
                1.0
                4
                1024
                """, LibraryHarness.runWithT("""
                t(lambda: (5).bit_length()); t(lambda: (-255).bit_length()); t(lambda: (0).bit_length()); t(lambda: (-2**63).bit_length()); t(lambda: (2**100).bit_length())
                t(lambda: (255).bit_count()); t(lambda: (-7).bit_count()); t(lambda: (5).conjugate()); t(lambda: (5).real); t(lambda: (5).imag); t(lambda: (5).numerator); t(lambda: (5).denominator)
                t(lambda: True.real); t(lambda: True.numerator); t(lambda: (3).as_integer_ratio()); t(lambda: (3).is_integer()); t(lambda: (5).__index__()); t(lambda: int.bit_length(True))
                t(lambda: (2.5).as_integer_ratio()); t(lambda: (0.1).as_integer_ratio()); t(lambda: (-0.0).as_integer_ratio()); t(lambda: (1e300).as_integer_ratio()[1]); t(lambda: (5e-324).as_integer_ratio()[0])
                t(lambda: float('inf').as_integer_ratio()); t(lambda: float('nan').as_integer_ratio()); t(lambda: (2.0).is_integer()); t(lambda: (2.5).is_integer()); t(lambda: float('inf').is_integer())
                t(lambda: (2.5).real); t(lambda: (2.5).imag); t(lambda: (2.5).conjugate()); t(lambda: (2.5).__round__()); t(lambda: (2.5).__trunc__()); t(lambda: (-2.5).__floor__()); t(lambda: (-2.5).__ceil__())
                t(lambda: (7).__trunc__()); t(lambda: (1e300).__round__(-299)); t(lambda: int.__add__(1, 2)); t(lambda: int.__add__(1, 2.0)); t(lambda: (1).__radd__(2)); t(lambda: (2.0).__rtruediv__(1))
                t(lambda: (1).__eq__(1.0)); t(lambda: (1).__lt__('a')); t(lambda: (1.0).__eq__(1)); t(lambda: (3).__mul__(4)); t(lambda: (7).__floordiv__(2)); t(lambda: (7.0).__mod__(2)); t(lambda: (6).__rsub__(10)); t(lambda: (2).__pow__(10))
                """));
    }
}

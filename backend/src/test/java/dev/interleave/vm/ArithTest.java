package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Arithmetic and bitwise operators ({@link Arith}): numbers, sequences, sets, user dunders.
 * Each snippet runs through the engine after a helper {@code t(f)} that prints
 * {@code repr(f())} or "Type: message"; the expected output was recorded from CPython 3.13.
 */
class ArithTest {

    @Test
    void intArithmeticAndSigns() {
        assertEquals("""
                1 -1 0 0 0 0.0 (0, 0) -1 1 0 0 0 -0.0 (0, 0) 3 -3 0 0 0 0.0 (0, 0) -3 3 0 0 0 -0.0 (0, 0) 18446744073709551617 -18446744073709551617 0 0 0 0.0 (0, 0) -1180591620717411303424 1180591620717411303424 0 0 0 -0.0 (0, 0)
                2 0 1 1 0 1.0 (1, 0) 0 2 -1 -1 0 -1.0 (-1, 0) 4 -2 3 0 1 0.3333333333333333 (0, 1) -2 4 -3 -1 -2 -0.3333333333333333 (-1, -2) 18446744073709551618 -18446744073709551616 18446744073709551617 0 1 5.421010862427522e-20 (0, 1) -1180591620717411303423 1180591620717411303425 -1180591620717411303424 -1 -1180591620717411303423 -8.470329472543003e-22 (-1, -1180591620717411303423)
                0 -2 -1 -1 0 -1.0 (-1, 0) -2 0 1 1 0 1.0 (1, 0) 2 -4 -3 -1 2 -0.3333333333333333 (-1, 2) -4 2 3 0 -1 0.3333333333333333 (0, -1) 18446744073709551616 -18446744073709551618 -18446744073709551617 -1 18446744073709551616 -5.421010862427522e-20 (-1, 18446744073709551616) -1180591620717411303425 1180591620717411303423 1180591620717411303424 0 -1 8.470329472543003e-22 (0, -1)
                8 6 7 7 0 7.0 (7, 0) 6 8 -7 -7 0 -7.0 (-7, 0) 10 4 21 2 1 2.3333333333333335 (2, 1) 4 10 -21 -3 -2 -2.3333333333333335 (-3, -2) 18446744073709551624 -18446744073709551610 129127208515966861319 0 7 3.7947076036992655e-19 (0, 7) -1180591620717411303417 1180591620717411303431 -8264141345021879123968 -1 -1180591620717411303417 -5.929230630780102e-21 (-1, -1180591620717411303417)
                -6 -8 -7 -7 0 -7.0 (-7, 0) -8 -6 7 7 0 7.0 (7, 0) -4 -10 -21 -3 2 -2.3333333333333335 (-3, 2) -10 -4 21 2 -1 2.3333333333333335 (2, -1) 18446744073709551610 -18446744073709551624 -129127208515966861319 -1 18446744073709551610 -3.7947076036992655e-19 (-1, 18446744073709551610) -1180591620717411303431 1180591620717411303417 8264141345021879123968 0 -7 5.929230630780102e-21 (0, -7)
                2147483649 2147483647 2147483648 2147483648 0 2147483648.0 (2147483648, 0) 2147483647 2147483649 -2147483648 -2147483648 0 -2147483648.0 (-2147483648, 0) 2147483651 2147483645 6442450944 715827882 2 715827882.6666666 (715827882, 2) 2147483645 2147483651 -6442450944 -715827883 -1 -715827882.6666666 (-715827883, -1) 18446744075857035265 -18446744071562067969 39614081257132168798919458816 0 2147483648 1.1641532182693481e-10 (0, 2147483648) -1180591620715263819776 1180591620719558787072 -2535301200456458802993406410752 -1 -1180591620715263819776 -1.8189894035458565e-12 (-1, -1180591620715263819776)
                9223372036854775808 9223372036854775806 9223372036854775807 9223372036854775807 0 9.223372036854776e+18 (9223372036854775807, 0) 9223372036854775806 9223372036854775808 -9223372036854775807 -9223372036854775807 0 -9.223372036854776e+18 (-9223372036854775807, 0) 9223372036854775810 9223372036854775804 27670116110564327421 3074457345618258602 1 3.0744573456182584e+18 (3074457345618258602, 1) 9223372036854775804 9223372036854775810 -27670116110564327421 -3074457345618258603 -2 -3.0744573456182584e+18 (-3074457345618258603, -2) 27670116110564327424 -9223372036854775810 170141183460469231722463931679029329919 0 9223372036854775807 0.5 (0, 9223372036854775807) -1171368248680556527617 1189814992754266079231 -10889035741470030829647395817099171463168 -1 -1171368248680556527617 -0.0078125 (-1, -1171368248680556527617)
                -9223372036854775806 -9223372036854775808 -9223372036854775807 -9223372036854775807 0 -9.223372036854776e+18 (-9223372036854775807, 0) -9223372036854775808 -9223372036854775806 9223372036854775807 9223372036854775807 0 9.223372036854776e+18 (9223372036854775807, 0) -9223372036854775804 -9223372036854775810 -27670116110564327421 -3074457345618258603 2 -3.0744573456182584e+18 (-3074457345618258603, 2) -9223372036854775810 -9223372036854775804 27670116110564327421 3074457345618258602 -1 3.0744573456182584e+18 (3074457345618258602, -1) 9223372036854775810 -27670116110564327424 -170141183460469231722463931679029329919 -1 9223372036854775810 -0.5 (-1, 9223372036854775810) -1189814992754266079231 1171368248680556527617 10889035741470030829647395817099171463168 0 -9223372036854775807 0.0078125 (0, -9223372036854775807)
                18446744073709551617 18446744073709551615 18446744073709551616 18446744073709551616 0 1.8446744073709552e+19 (18446744073709551616, 0) 18446744073709551615 18446744073709551617 -18446744073709551616 -18446744073709551616 0 -1.8446744073709552e+19 (-18446744073709551616, 0) 18446744073709551619 18446744073709551613 55340232221128654848 6148914691236517205 1 6.148914691236517e+18 (6148914691236517205, 1) 18446744073709551613 18446744073709551619 -55340232221128654848 -6148914691236517206 -2 -6.148914691236517e+18 (-6148914691236517206, -2) 36893488147419103233 -1 340282366920938463481821351505477763072 0 18446744073709551616 1.0 (0, 18446744073709551616) -1162144876643701751808 1199038364791120855040 -21778071482940061661655974875633165533184 -1 -1162144876643701751808 -0.015625 (-1, -1162144876643701751808)
                -1267650600228229401496703205372 -1267650600228229401496703205374 -1267650600228229401496703205373 -1267650600228229401496703205373 0 -1.2676506002282294e+30 (-1267650600228229401496703205373, 0) -1267650600228229401496703205374 -1267650600228229401496703205372 1267650600228229401496703205373 1267650600228229401496703205373 0 1.2676506002282294e+30 (1267650600228229401496703205373, 0) -1267650600228229401496703205370 -1267650600228229401496703205376 -3802951800684688204490109616119 -422550200076076467165567735125 2 -4.2255020007607644e+29 (-422550200076076467165567735125, 2) -1267650600228229401496703205376 -1267650600228229401496703205370 3802951800684688204490109616119 422550200076076467165567735124 -1 4.2255020007607644e+29 (422550200076076467165567735124, -1) -1267650600209782657422993653756 -1267650600246676145570412756990 -23384026197294446692526607923633417483770495238141 -68719476736 68719476739 -68719476736.0 (-68719476736, 68719476739) -1267650601408821022214114508797 -1267650599047637780779291901949 1496577676626844588240573268697932037265522690097152 1073741823 -1180591620717411303421 1073741824.0 (1073741823, -1180591620717411303421)
                """, LibraryHarness.runWithT("""
                vals = [0, 1, -1, 7, -7, 2**31, 2**63 - 1, -2**63 + 1, 2**64, -(2**100) + 3]
                for a in vals:
                    row = []
                    for b in [1, -1, 3, -3, 2**64 + 1, -(2**70)]:
                        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a // b, lambda: a % b, lambda: a / b, lambda: divmod(a, b)):
                            row.append(repr(f()))
                    print(' '.join(row))
                """));
    }

    @Test
    void zeroDivisionMessages() {
        assertEquals("""
                ZeroDivisionError: integer division or modulo by zero
                ZeroDivisionError: integer modulo by zero
                ZeroDivisionError: integer division or modulo by zero
                ZeroDivisionError: division by zero
                ZeroDivisionError: integer division or modulo by zero
                ZeroDivisionError: float division by zero
                ZeroDivisionError: float floor division by zero
                ZeroDivisionError: float modulo by zero
                ZeroDivisionError: float divmod()
                ZeroDivisionError: float division by zero
                ZeroDivisionError: 0.0 cannot be raised to a negative power
                ZeroDivisionError: 0.0 cannot be raised to a negative power
                ZeroDivisionError: 0.0 cannot be raised to a negative power
                """, LibraryHarness.runWithT("""
                t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: divmod(1, 0)); t(lambda: 1 / 0); t(lambda: 10**30 // 0)
                t(lambda: 1.0 / 0); t(lambda: 1.0 // 0); t(lambda: 1.0 % 0); t(lambda: divmod(1.0, 0)); t(lambda: 5 / 0.0)
                t(lambda: 0.0 ** -1); t(lambda: 0 ** -1); t(lambda: 0 ** -2.5)
                """));
    }

    @Test
    void powers() {
        assertEquals("""
                1267650600228229401496703205376
                -36472996377170786403
                0.5
                0.01
                0.25
                1
                1.4142135623730951
                1.0
                1.0
                1.0
                inf
                0.0
                1.0
                -inf
                0.0
                OverflowError: (34, 'Numerical result out of range')
                OverflowError: int too large to convert to float
                -8.0
                0.0
                5764801
                24
                4
                ValueError: base is not invertible for the given modulus
                -1
                ValueError: pow() 3rd argument cannot be 0
                TypeError: pow() 3rd argument not allowed unless all arguments are integers
                801
                1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
                TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'NoneType'
                """, LibraryHarness.runWithT("""
                t(lambda: 2 ** 100); t(lambda: (-3) ** 41); t(lambda: 2 ** -1); t(lambda: 10 ** -2); t(lambda: (-2) ** -2); t(lambda: 0 ** 0)
                t(lambda: 2 ** 0.5); t(lambda: 0.0 ** 0); t(lambda: float('nan') ** 0); t(lambda: 1 ** float('nan')); t(lambda: 2 ** float('inf'))
                t(lambda: 0.5 ** float('inf')); t(lambda: (-1) ** float('inf')); t(lambda: float('-inf') ** 3); t(lambda: float('inf') ** -1)
                t(lambda: 2.0 ** 10000); t(lambda: 10 ** 400 * 1.0); t(lambda: (-2.0) ** 3); t(lambda: 1e-300 ** 2); t(lambda: 7 ** 2 ** 3)
                t(lambda: pow(2, 10, 1000)); t(lambda: pow(2, -1, 7)); t(lambda: pow(2, -1, 4)); t(lambda: pow(3, 3, -7)); t(lambda: pow(2, 3, 0)); t(lambda: pow(2.0, 3, 5))
                t(lambda: 3 ** 40 % 1000); t(lambda: (10 ** 30) ** 3); t(lambda: 2 ** None)
                """));
    }

    @Test
    void shiftsAndBits() {
        assertEquals("""
                18446744073709551616
                -3
                147573952589676412928
                -1
                0
                -1
                ValueError: negative shift count
                ValueError: negative shift count
                OverflowError: too many digits in integer
                0
                13835058055282163712
                5
                0
                -1
                -1217485108864830406656
                -6
                -1267650600228229401496703205377
                False
                True
                False
                3
                TypeError: unsupported operand type(s) for &: 'int' and 'float'
                """, LibraryHarness.runWithT("""
                t(lambda: 1 << 64); t(lambda: -5 >> 1); t(lambda: (2**70) >> 3); t(lambda: -(2**70) >> 200); t(lambda: 1 >> 10**30); t(lambda: -1 >> 10**30)
                t(lambda: 1 << -1); t(lambda: 1 >> -1); t(lambda: 1 << (1 << 70)); t(lambda: 0 << (1 << 70)); t(lambda: 3 << 62)
                t(lambda: 5 & -3); t(lambda: -(2**70) & 0xff); t(lambda: (2**70) | -1); t(lambda: (2**70) ^ -(2**65)); t(lambda: ~5); t(lambda: ~(2**100))
                t(lambda: True & False); t(lambda: True | False); t(lambda: True ^ True); t(lambda: True | 2); t(lambda: 1 & 2.0)
                """));
    }

    @Test
    void floatFloorDivModulo() {
        assertEquals("""
                ['3.0', '1.5', '-4.0', '-0.5', '74.0', '7.5', '0.0']
                ['-4.0', '0.5', '3.0', '-1.5', '-75.0', 'inf', '-1.0']
                ['0.0', '1.0', '-1.0', '-1.0', '9.0', '1.0', '0.0']
                ['-1.0', '2.0', '0.0', '-1e-300', '-1.0', 'inf', '-1.0']
                ['2.0', '1.0', '-3.0', '-1.0', '49.0', '5.0', '0.0']
                ['-3.0', '1.0', '2.0', '-1.0', '-50.0', 'inf', '-1.0']
                ['nan', 'nan', 'nan', 'nan', 'nan', 'nan', 'nan']
                0.0
                -0.0
                (-3.0, 0.5)
                (-4.0, -0.5)
                """, LibraryHarness.runWithT("""
                for a in [7.5, -7.5, 1.0, -1e-300, 5.0, -5.0, float('inf')]:
                    print([repr(f()) for f in (lambda: a // 2, lambda: a % 2, lambda: a // -2, lambda: a % -2, lambda: a // 0.1, lambda: a % float('inf'), lambda: a // float('inf'))])
                t(lambda: -0.0 % 5); t(lambda: 0.0 % -5); t(lambda: divmod(-7, 2.5)); t(lambda: divmod(7.5, -2))
                """));
    }

    @Test
    void intFloatMixing() {
        assertEquals("""
                1.5
                9007199254740992.0
                3.333333333333333e+29
                1000000000000000.0
                1.0715086071862673e+301
                5e-324
                0.0
                1e-323
                OverflowError: integer division result too large for a float
                -0.0
                -0.0
                OverflowError: int too large to convert to float
                1.5
                0.5
                -1
                1
                """, LibraryHarness.runWithT("""
                t(lambda: 1 + 0.5); t(lambda: 2**53 + 1.0); t(lambda: 10**30 / 3); t(lambda: (10**30 + 1) / 10**15); t(lambda: 2**1100 / 2**100)
                t(lambda: 1 / 2**1074); t(lambda: 1 / 2**1080); t(lambda: 3 / 2**1075); t(lambda: 10**400 / 1); t(lambda: 0 / -5); t(lambda: 0 / -(2**70))
                t(lambda: 10**400 + 1.0); t(lambda: True + 0.5); t(lambda: True / 2); t(lambda: -True); t(lambda: +True)
                """));
    }

    @Test
    void sequenceConcatAndRepeat() {
        assertEquals("""
                'ababab'
                'ababab'
                [1, 2, 1, 2]
                (1, 1, 1)
                ''
                [1]
                'ab'
                [1, 2]
                (1, 2)
                TypeError: can only concatenate str (not "int") to str
                TypeError: can only concatenate list (not "tuple") to list
                TypeError: can only concatenate tuple (not "list") to tuple
                TypeError: can't multiply sequence by non-int of type 'float'
                TypeError: can't multiply sequence by non-int of type 'float'
                TypeError: can't multiply sequence by non-int of type 'list'
                OverflowError: cannot fit 'int' into an index-sized integer
                OverflowError: repeated string is too long
                MemoryError:\s
                MemoryError:\s
                MemoryError:\s
                OverflowError: cannot fit 'int' into an index-sized integer
                """, LibraryHarness.runWithT("""
                t(lambda: "ab" * 3); t(lambda: 3 * "ab"); t(lambda: [1, 2] * 2); t(lambda: (1,) * 3); t(lambda: "ab" * -1); t(lambda: [1] * True)
                t(lambda: "a" + "b"); t(lambda: [1] + [2]); t(lambda: (1,) + (2,)); t(lambda: "a" + 1); t(lambda: [1] + (2,)); t(lambda: (1,) + [1])
                t(lambda: 2.5 * "x"); t(lambda: "abc" * 1.5); t(lambda: [1, 2] * [3]); t(lambda: "a" * (1 << 70)); t(lambda: "ab" * (1 << 62))
                t(lambda: "ab" * (1 << 40)); t(lambda: [0] * (1 << 40)); t(lambda: (0, 1) * (1 << 40)); t(lambda: "" * (1 << 70))
                """));
    }

    @Test
    void unsupportedOperandMessages() {
        assertEquals("""
                TypeError: unsupported operand type(s) for +: 'int' and 'str'
                TypeError: unsupported operand type(s) for -: 'str' and 'str'
                TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
                TypeError: unsupported operand type(s) for +: 'dict' and 'dict'
                TypeError: unsupported operand type(s) for /: 'int' and 'str'
                TypeError: unsupported operand type(s) for %: 'int' and 'list'
                TypeError: unsupported operand type(s) for |: 'set' and 'list'
                TypeError: unsupported operand type(s) for @: 'int' and 'int'
                TypeError: bad operand type for unary -: 'str'
                TypeError: bad operand type for unary +: 'str'
                TypeError: bad operand type for unary ~: 'str'
                TypeError: bad operand type for unary ~: 'float'
                TypeError: bad operand type for unary -: 'NoneType'
                TypeError: bad operand type for abs(): 'str'
                TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'
                TypeError: unsupported operand type(s) for +=: 'int' and 'str'
                TypeError: unsupported operand type(s) for **=: 'int' and 'NoneType'
                TypeError: unsupported operand type(s) for //=: 'int' and 'str'
                TypeError: unsupported operand type(s) for |=: 'set' and 'list'
                """, LibraryHarness.runWithT("""
                t(lambda: 1 + "a"); t(lambda: "a" - "b"); t(lambda: None + 1); t(lambda: {} + {}); t(lambda: 1 / "2"); t(lambda: 5 % [])
                t(lambda: {1} | [2]); t(lambda: 5 @ 3); t(lambda: -"x"); t(lambda: +"x"); t(lambda: ~"x"); t(lambda: ~1.5); t(lambda: -None)
                t(lambda: abs("x")); t(lambda: divmod(1, "a"))
                def f1():
                    x = 1; x += "a"
                def f2():
                    x = 2; x **= None
                def f3():
                    x = 2; x //= "x"
                def f4():
                    s = {1}; s |= [2]
                t(f1); t(f2); t(f3); t(f4)
                """));
    }

    @Test
    void inPlaceOperations() {
        assertEquals("""
                [1, 2, 3, 'a', 'b'] True
                [1, 2, 3, 'a', 'b', 1, 2, 3, 'a', 'b']
                []
                (1, 2) (1,)
                abab
                {9, 2, 4} True
                {1: 1, 2: 2, 3: 3} True
                'int' object is not iterable
                3
                """, LibraryHarness.runWithT("""
                l = [1]; m = l; l += (2, 3); l += "ab"; print(l, m is l)
                l *= 2; print(l); l *= 0; print(l)
                t = (1,); u = t; t += (2,); print(t, u)
                s = "a"; s += "b"; s *= 2; print(s)
                a = {1, 2, 3}; b = a; a |= {4}; a &= {2, 3, 4}; a -= {3}; a ^= {9}; print(a, a is b)
                d = {1: 1}; e = d; d |= {2: 2}; d |= [(3, 3)]; print(d, d is e)
                def bad():
                    l = [1]; l += 5
                try:
                    bad()
                except TypeError as ex:
                    print(ex)
                x = 5; x += 3; x **= 2; x //= 7; x %= 5; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 2; print(x)
                """));
    }

    @Test
    void userDunderDispatch() {
        assertEquals("""
                V(3)
                V(6)
                radd 5
                V(6)
                TypeError: unsupported operand type(s) for +: 'V' and 'str'
                radd s
                TypeError: can only concatenate str (not "V") to str
                W.radd
                'W'
                V(3)
                V(6)
                V(-3)
                TypeError: unsupported operand type(s) for -: 'V' and 'int'
                'rsub'
                TypeError: unsupported operand type(s) for -: 'V' and 'V'
                ('pow', 2, None)
                'rpow'
                ('pow', 2, 3)
                iadd
                V(3) True
                radd 5
                V(6)
                radd
                [1, 1] abab
                TypeError: unsupported operand type(s) for +: 'N' and 'int'
                TypeError: unsupported operand type(s) for +: 'int' and 'N'
                TypeError: can't multiply sequence by non-int of type 'N'
                TypeError: unsupported operand type(s) for ** or pow(): 'N' and 'int'
                """, LibraryHarness.runWithT("""
                class V:
                    def __init__(self, x): self.x = x
                    def __repr__(self): return "V(%r)" % (self.x,)
                    def __add__(self, o):
                        if isinstance(o, V): return V(self.x + o.x)
                        if isinstance(o, int): return V(self.x + o)
                        return NotImplemented
                    def __radd__(self, o):
                        print("radd", o)
                        return V(o + self.x) if isinstance(o, int) else NotImplemented
                    def __iadd__(self, o):
                        print("iadd"); self.x += o.x if isinstance(o, V) else o; return self
                    def __mul__(self, k): return V(self.x * k)
                    __rmul__ = __mul__
                    def __neg__(self): return V(-self.x)
                    def __sub__(self, o): return NotImplemented
                    def __rsub__(self, o): return "rsub"
                    def __pow__(self, o, m=None): return ("pow", o, m)
                    def __rpow__(self, o): return "rpow"
                class W(V):
                    def __radd__(self, o):
                        print("W.radd"); return "W"
                t(lambda: V(1) + V(2)); t(lambda: V(1) + 5); t(lambda: 5 + V(1)); t(lambda: V(1) + "s"); t(lambda: "s" + V(1))
                t(lambda: V(1) + W(2)); t(lambda: W(1) + V(2)); t(lambda: 3 * V(2)); t(lambda: -V(3)); t(lambda: V(1) - 1); t(lambda: 1 - V(1))
                t(lambda: V(1) - V(1)); t(lambda: V(1) ** 2); t(lambda: 2 ** V(1)); t(lambda: pow(V(1), 2, 3))
                v = V(1); w = v; v += V(2); print(v, w is v)
                x = 5; x += V(1); print(x)
                class X:
                    def __radd__(self, o): return "radd"
                    def __index__(self): return 2
                l = [1]; l += X(); print(l); print([1] * X(), "ab" * X())
                class N: pass
                t(lambda: N() + 1); t(lambda: 1 + N()); t(lambda: [1] * N()); t(lambda: N() ** 2)
                """));
    }

    @Test
    void setAndDictOperators() {
        assertEquals("""
                {1, 2, 3, 4} {3} {1, 2} {4} {1, 2, 4} frozenset({1, 2, 3, 4}) frozenset set
                {1: 'c', 2: 'b'}
                TypeError: unsupported operand type(s) for -: 'set' and 'int'
                TypeError: unsupported operand type(s) for -: 'int' and 'set'
                TypeError: unsupported operand type(s) for |: 'dict' and 'list'
                TypeError: unsupported operand type(s) for &: 'set' and 'list'
                """, LibraryHarness.runWithT("""
                a = {1, 2, 3}; b = {3, 4}
                print(a | b, a & b, a - b, b - a, a ^ b, frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
                print({1: 'a'} | {2: 'b', 1: 'c'})
                t(lambda: {1} - 5); t(lambda: 5 - {1}); t(lambda: {} | []); t(lambda: {1} & [1])
                """));
    }

    @Test
    void bigIntegers() {
        assertEquals("""
                138683118545689835737939019720389406345902876772687432540821294940160000000000000 13868311854568983573793901972038940634590 68934369 -19811874077955690819705574245769915192271839538955347505831613562880000000000000 0 109401690434825774079443604925794082987100853757281 267
                18446744073709551615 -9223372036854775808 9223372036854775808 9223372036854775808 9223372036854775808 18446744073709551614
                142857142857142857142857142857 6 333 571 436 -437
                """, LibraryHarness.runWithT("""
                f = 1
                for i in range(1, 60): f *= i
                print(f, f // 10**40, f % 999999937, -f // 7, -f % 7, f >> 100, f.bit_length())
                print(2**64 - 1, -(2**63), (2**63 - 1) + 1, -(-9223372036854775808), abs(-9223372036854775808), 9223372036854775807 * 2)
                print(10**30 // 7, -(10**30) % 7, (10**400 // 3) % 1000, (-10**400 // 7) % 1000, 10**400 >> 1320, (-10**400) >> 1320)
                """));
    }
}

package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The sys module: exit, limits, streams and version data.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class SysModuleTest {

    @Test
    void module() {
        assertEquals("""
                1000 0.005 9223372036854775807 linux little 1114111
                500
                0.01
                list (3, 13) True True
                written
                é8 1
                <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> <_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'> utf-8
                err
                (None, None, None)
                TypeError: write() argument must be str, not int
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                import sys
                print(sys.getrecursionlimit(), sys.getswitchinterval(), sys.maxsize, sys.platform, sys.byteorder, sys.maxunicode)
                sys.setrecursionlimit(500); print(sys.getrecursionlimit())
                sys.setswitchinterval(0.01); print(sys.getswitchinterval())
                print(type(sys.argv).__name__, sys.version_info[:2], sys.version_info >= (3, 8), sys.version.startswith('3.13'))
                n = sys.stdout.write("written\\n")
                print(n, sys.stdout.write("é"))
                print(repr(sys.stdout), repr(sys.stderr), sys.stdout.encoding)
                sys.stderr.write("err\\n")
                sys.stdout.flush()
                print(sys.exc_info())
                t(lambda: sys.stdout.write(5))
                """).stripTrailing() + "\n");
    }

    @Test
    void exitAndErrors() {
        assertEquals("""
                SystemExit ()
                SystemExit (3,)
                SystemExit ('msg',)
                SystemExit (1, 2)
                SystemExit ()
                ValueError: recursion limit must be greater or equal than 1
                TypeError: 'str' object cannot be interpreted as an integer
                ValueError: switch interval must be strictly positive
                TypeError: must be real number, not str
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                import sys
                def e(f):
                    try:
                        f()
                    except BaseException as x:
                        print(type(x).__name__, x.args)
                e(lambda: sys.exit())
                e(lambda: sys.exit(3))
                e(lambda: sys.exit("msg"))
                e(lambda: sys.exit((1, 2)))
                e(lambda: sys.exit(None))
                t(lambda: sys.setrecursionlimit(0))
                t(lambda: sys.setrecursionlimit('a'))
                t(lambda: sys.setswitchinterval(0))
                t(lambda: sys.setswitchinterval('x'))
                """).stripTrailing() + "\n");
    }

    /** sys.version_info as a struct sequence; sys.set_int_max_str_digits and the limit in str(), repr(), format and %. */
    @Test
    void versionInfoAndDigitLimit() {
        assertEquals("""
                sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0)
                3 13 0 final 0 3 (3, 13) (3, 13, 0, 'final', 0) 5 True True version_info True
                (3, 13, 0) 3.13 sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0) sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0) [sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0)]
                <class 'sys.version_info'>
                1
                1
                (3, 13, 0, 'final', 0, 1)
                True
                0
                [3, 13, 0, 'final', 0]
                True
                TypeError: cannot create 'sys.version_info' instances
                3 13 [0, 'final', 0] 3.13
                4300
                ValueError: maxdigits must be 0 or larger than 640
                ValueError: maxdigits must be 0 or larger than 640
                ValueError: maxdigits must be 0 or larger than 640
                OverflowError: Python int too large to convert to C int
                ValueError: maxdigits must be 0 or larger than 640
                TypeError: 'float' object cannot be interpreted as an integer
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: set_int_max_str_digits() takes at most 1 argument (2 given)
                TypeError: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
                TypeError: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
                TypeError: sys.get_int_max_str_digits() takes no arguments (1 given)
                4300
                ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                None
                640
                640
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
                582
                582
                2326
                ValueError: Exceeds the limit (640 digits) for integer string conversion: value has 700 digits; use sys.set_int_max_str_digits() to increase the limit
                None
                10002
                0
                """.stripTrailing() + "\n", LibraryHarness.run("""
                import sys
                def t(f):
                    try:
                        print(repr(f()))
                    except Exception as e:
                        print(type(e).__name__ + ":", e)
                print(sys.version_info)
                v = sys.version_info
                print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v[0], v[:2], tuple(v), len(v), v >= (3, 8), v == (3, 13, 0, 'final', 0), type(v).__name__, isinstance(v, tuple))
                print(sys.version_info[:3], "%d.%d" % sys.version_info[:2], repr(v), str(v), [v])
                t(lambda: sys.version_info.__class__)
                t(lambda: sys.version_info.count(3))
                t(lambda: sys.version_info.index(13))
                t(lambda: sys.version_info + (1,))
                t(lambda: hash(sys.version_info) == hash(tuple(sys.version_info)))
                t(lambda: sys.version_info[-1])
                t(lambda: list(sys.version_info))
                t(lambda: sys.version_info < (3, 14))
                t(lambda: type(sys.version_info)((1, 2, 3, 4, 5)))
                a, b, *rest = sys.version_info
                print(a, b, rest, f"{sys.version_info.major}.{sys.version_info.minor}")
                print(sys.get_int_max_str_digits())
                t(lambda: sys.set_int_max_str_digits(100))
                t(lambda: sys.set_int_max_str_digits(-1))
                t(lambda: sys.set_int_max_str_digits(639))
                t(lambda: sys.set_int_max_str_digits(10**20))
                t(lambda: sys.set_int_max_str_digits(True))
                t(lambda: sys.set_int_max_str_digits(1.5))
                t(lambda: sys.set_int_max_str_digits('x'))
                t(lambda: sys.set_int_max_str_digits(1000, 2))
                t(lambda: sys.set_int_max_str_digits())
                t(lambda: sys.set_int_max_str_digits(digits=1000))
                t(lambda: sys.get_int_max_str_digits(1))
                print(sys.get_int_max_str_digits())
                t(lambda: len(str(10 ** 5000)))
                t(lambda: sys.set_int_max_str_digits(640))
                t(lambda: sys.get_int_max_str_digits())
                t(lambda: len(str(10 ** 639)))
                t(lambda: str(10 ** 700))
                t(lambda: repr(10 ** 700))
                t(lambda: f"{10 ** 700}")
                t(lambda: f"{10 ** 700:d}")
                t(lambda: f"{-10 ** 700:,}")
                t(lambda: f"{10 ** 700:_}")
                t(lambda: f"{10 ** 700:n}")
                t(lambda: "%d" % (10 ** 700))
                t(lambda: "%i" % (10 ** 700))
                t(lambda: "%s" % (10 ** 700))
                t(lambda: "{}".format(10 ** 700))
                t(lambda: format(10 ** 700, ''))
                t(lambda: len(f"{10 ** 700:x}"))
                t(lambda: len("%x" % (10 ** 700)))
                t(lambda: len(f"{10 ** 700:b}"))
                t(lambda: int('1' * 700))
                t(lambda: sys.set_int_max_str_digits(maxdigits=0))
                t(lambda: len(f"{10 ** 5000}") + len("%d" % 10 ** 5000))
                print(sys.get_int_max_str_digits())
                """).stripTrailing() + "\n");
    }
}

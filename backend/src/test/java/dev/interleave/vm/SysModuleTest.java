package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The sys module: exit, limits, streams and version data.
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class SysModuleTest {

    /** t(lambda: expr) prints repr(expr) or "Type: message". */
    private static final String T = """
            def t(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            """;

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
}

package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The time module's calendar functions and its errors (the clocks are virtual).
 * Each program runs through the engine; the expected output was recorded from CPython 3.13.
 */
class TimeModuleTest {

    @Test
    void calendar() {
        assertEquals("""
                Thu Jan  1 00:00:00 1970 | Thu Jan  1 00:00:00 2026 | Fri Feb  5 01:02:03 1971
                time.struct_time(tm_year=2026, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
                1970 1970 9 [1969, 12, 31, 23, 59, 58, 2, 365, 0]
                2026-01-01 15:01:01 Thu Thursday Jan January 001 PM 03 26 % 00 00 4  1 01/01/26 2026-01-01 15:01:01
                0.0 1767225600.0 True
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                import time
                print(time.ctime(0), '|', time.ctime(1767225600.5), '|', time.asctime(time.gmtime(86400 * 400 + 3723)))
                print(time.gmtime(1767225600))
                print(time.gmtime(0)[0], time.gmtime(0).tm_year, len(time.gmtime(0)), list(time.gmtime(-1.5)))
                print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %% %U %W %w %e %D %F %T', time.gmtime(1767225600 + 3600 * 15 + 61)))
                print(time.mktime(time.gmtime(0)), time.mktime((2026, 1, 1, 0, 0, 0, 3, 1, 0)), time.gmtime(1767225600) == time.gmtime(1767225600))
                """).stripTrailing() + "\n");
    }

    @Test
    void errors() {
        assertEquals("""
                ValueError: sleep length must be non-negative
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: 'NoneType' object cannot be interpreted as an integer
                ValueError: Invalid value NaN (not a number)
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: strftime() argument 1 must be str, not int
                """.stripTrailing() + "\n", LibraryHarness.run(T + """
                import time
                t(lambda: time.sleep(-1))
                t(lambda: time.sleep('a'))
                t(lambda: time.sleep(None))
                t(lambda: time.sleep(float('nan')))
                t(lambda: time.ctime('a'))
                t(lambda: time.strftime(5))
                """).stripTrailing() + "\n");
    }
}

package dev.interleave.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.engine.Limits;
import dev.interleave.engine.OutputSink;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The Java entry points of the protocols, called directly (no bytecode): results that other
 * modules rely on, and edge cases that the interpreter's own fast paths would hide. Expected
 * values were recorded from CPython 3.13.
 */
class ProtocolApiTest {

    private final Interpreter in = new Interpreter(new OutputSink() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }
    }, Limits.defaults(), 0);

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyInt big(String v) {
        return PyInt.of(new BigInteger(v));
    }

    private String repr(PyObject o) {
        return Ops.repr(in, o);
    }

    private String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.exc.type().name() + ": " + Ops.str(in, e.exc);
    }

    @Test
    void longOverflowGoesBig() {
        int mult = Arith.MULT;
        assertEquals("9223372036854775808", repr(Arith.binary(in, mult, i(Long.MIN_VALUE), i(-1))));
        assertEquals("-27670116110564327424", repr(Arith.binary(in, mult, i(Long.MIN_VALUE), i(3))));
        assertEquals("9223372036854775808", repr(Arith.binary(in, Arith.FLOORDIV, i(Long.MIN_VALUE), i(-1))));
        assertEquals("9223372036854775808", repr(Arith.binary(in, Arith.ADD, i(Long.MAX_VALUE), i(1))));
        assertEquals("-9223372036854775809", repr(Arith.binary(in, Arith.SUB, i(Long.MIN_VALUE), i(1))));
        assertEquals("9223372036854775808", repr(Arith.negative(in, i(Long.MIN_VALUE))));
        assertEquals("9223372036854775808", repr(Arith.abs(in, i(Long.MIN_VALUE))));
        assertEquals("1267650600228229401496703205376", repr(Arith.binary(in, Arith.POW, i(2), i(100))));
        assertEquals("-9223372036854775808", repr(Arith.binary(in, Arith.LSHIFT, i(-1), i(63))));
        assertEquals("9223372036854775808", repr(Arith.binary(in, Arith.LSHIFT, i(1), i(63))));
        assertSame(PyBool.TRUE, Arith.binary(in, Arith.BITOR, PyBool.TRUE, PyBool.FALSE));
        assertEquals("2", repr(Arith.binary(in, Arith.ADD, PyBool.TRUE, PyBool.TRUE)));
    }

    @Test
    void inPlaceFlagUsesInPlaceMessages() {
        assertEquals("TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
                error(() -> Arith.binary(in, Arith.ADD | Arith.INPLACE, i(1), PyStr.of("a"))));
        assertEquals("TypeError: unsupported operand type(s) for **=: 'int' and 'NoneType'",
                error(() -> Arith.binary(in, Arith.POW | Arith.INPLACE, i(1), PyNone.NONE)));
        PyList l = PyList.of(i(1));
        assertSame(l, Arith.binary(in, Arith.ADD | Arith.INPLACE, l, PyTuple.of(i(2))));
        assertEquals("[1, 2]", repr(l));
    }

    @Test
    void memoryGuardOnHugeSequences() {
        assertEquals("MemoryError: ", error(() -> Arith.binary(in, Arith.MULT, PyStr.of("ab"), i(1L << 30))));
        assertEquals("MemoryError: ", error(() -> Arith.binary(in, Arith.MULT, PyList.of(i(1)), i(60_000_000))));
        assertEquals("OverflowError: repeated string is too long",
                error(() -> Arith.binary(in, Arith.MULT, PyStr.of("ab"), i(1L << 62))));
    }

    @Test
    void tableHashesAgreeForEqualNumbers() {
        assertEquals(Ops.hash(in, i(2)), Ops.hash(in, new PyFloat(2.0)));
        assertEquals(Ops.hash(in, PyBool.TRUE), Ops.hash(in, i(1)));
        assertEquals(Ops.hash(in, big("18446744073709551616")), Ops.hash(in, new PyFloat(18446744073709551616.0)));
        assertEquals(Ops.hash(in, i(-1)), Ops.hash(in, new PyFloat(-1.0)));
        assertEquals("abc".hashCode(), Ops.hash(in, PyStr.of("abc")));
        assertEquals(-2L, Ops.pyHash(in, i(-1)));
        assertEquals(0xFCA86420L, Ops.pyHash(in, PyNone.NONE));
        assertEquals(314159L, Ops.pyHash(in, new PyFloat(Double.POSITIVE_INFINITY)));
        assertEquals(-3550055125485641917L, Ops.pyHash(in, PyTuple.of(i(1), i(2))));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> Ops.hash(in, new PyList())));
    }

    @Test
    void lengthOfHugeRange() {
        PyRange r = PyRange.of(i(0), big("1000000000000"), i(3));
        assertEquals(333333333334L, Ops.length(in, r));
        assertEquals("OverflowError: cannot fit 'int' into an index-sized integer", error(() -> Ops.len(in, r)));
        PyRange huge = PyRange.of(i(0), big("100000000000000000000"), i(1));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t", error(() -> Ops.length(in, huge)));
        assertTrue(Ops.truthy(in, huge));
    }

    @Test
    void bigRangeIterators() {
        PyRange r = PyRange.of(big("100000000000000000000"), big("100000000000000000003"), i(1));
        PyIter rev = r.reversedIterator();
        assertEquals("100000000000000000002", repr(rev.next(in)));
        assertEquals("100000000000000000001", repr(rev.next(in)));
        assertEquals("100000000000000000000", repr(rev.next(in)));
        assertNull(rev.next(in));
        PyIter fwd = PyRange.of(i(0), i(10), i(4)).reversedIterator();
        assertEquals("8", repr(fwd.next(in)));
        assertEquals("4", repr(fwd.next(in)));
        assertEquals("0", repr(fwd.next(in)));
        assertNull(fwd.next(in));
    }

    @Test
    void setTableOperations() {
        PySet s = new PySet();
        for (long v : new long[] {-1, -2, 0, 5}) {
            s.add(in, i(v));
        }
        s.update(in, PyTuple.of(big("18446744073709551616"), big("2305843009213693951"), big("2305843009213693952")));
        // CPython: s = {-1, -2, 0, 5}; s.update((2**64, 2**61 - 1, 2**61)); print(s)
        assertEquals("{0, 2305843009213693951, 2305843009213693952, 5, 18446744073709551616, -2, -1}", repr(s));
        PySet copy = new PySet();
        copy.update(in, s.copy(true));
        // CPython: print(set(frozenset(s)))
        assertEquals("{0, 2305843009213693951, 2305843009213693952, 5, -1, 18446744073709551616, -2}", repr(copy));
        PySet p = new PySet();
        for (long v : new long[] {1, 2, 3, 9, 17, 25}) {
            p.add(in, i(v));
        }
        StringBuilder popped = new StringBuilder();
        while (p.size() > 0) {
            popped.append(repr(p.pop())).append(' ');
        }
        // CPython: s = {1, 2, 3, 9, 17, 25}; print(*[s.pop() for _ in range(6)])
        assertEquals("1 2 3 9 17 25 ", popped.toString());
        assertEquals("KeyError: 'pop from an empty set'", error(p::pop));
        assertTrue(s.isSuperset(in, PyTuple.of(i(0), i(5))));
        assertFalse(s.isDisjoint(in, PyTuple.of(i(7), i(-2))));
        assertEquals(-272375401224217160L, frozen(1, 2, 3).frozenHash());
    }

    private PySet frozen(long... values) {
        PySet f = new PySet(true);
        for (long v : values) {
            f.add(in, i(v));
        }
        return f;
    }

    @Test
    void indexAndFormatEntryPoints() {
        assertEquals(5L, Ops.index(in, i(5)));
        assertEquals("1", repr(Ops.indexObject(in, PyBool.TRUE)));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                error(() -> Ops.index(in, PyStr.of("x"))));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                error(() -> Ops.index(in, big("100000000000000000000"))));
        assertTrue(Ops.hasIndex(PyBool.FALSE));
        assertFalse(Ops.hasIndex(new PyFloat(1.0)));
    }

    @Test
    void compareEntryPoints() {
        assertTrue(Compare.eq(in, i(1), new PyFloat(1.0)));
        assertTrue(Compare.lt(in, big("9007199254740993"), new PyFloat(9007199254740994.0)));
        assertFalse(Compare.eq(in, new PyFloat(Double.NaN), new PyFloat(Double.NaN)));
        PyFloat nan = new PyFloat(Double.NaN);
        assertTrue(Compare.keyEquals(in, nan, nan));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                error(() -> Compare.rich(in, i(1), PyStr.of("a"), Compare.LT)));
        assertSame(PyBool.FALSE, Compare.rich(in, i(1), PyStr.of("a"), Compare.EQ));
    }

    @Test
    void roundEntryPoint() {
        assertEquals("2", repr(NumberMethods.round(in, new PyFloat(2.5), null)));
        assertEquals("2.67", repr(NumberMethods.round(in, new PyFloat(2.675), i(2))));
        assertEquals("1200", repr(NumberMethods.round(in, i(1250), i(-2))));
        assertEquals("-0.0", repr(NumberMethods.round(in, new PyFloat(-0.4), i(0))));
    }
}

package dev.interleave.vm;

import java.math.BigInteger;

/**
 * MT19937 exactly as CPython's _randommodule.c: the same seeding (init_by_array over the
 * seed's 32-bit words), the same 53-bit random() and the same getrandbits(), so a program
 * seeded with the same value draws the same numbers as under CPython.
 */
final class MersenneTwister {

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    /** Seeds from a non-negative integer: its 32-bit words, least significant first. */
    void seed(BigInteger n) {
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** genrand_uint32 (as the bits of an int). */
    int nextInt() {
        if (index >= N) {
            int kk;
            int y;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** random(): 53 random bits as a float in [0, 1). */
    double random() {
        long a = (nextInt() & 0xFFFFFFFFL) >>> 5;
        long b = (nextInt() & 0xFFFFFFFFL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for k >= 0. */
    PyInt getrandbits(int k) {
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of((nextInt() & 0xFFFFFFFFL) >>> (32 - k));
        }
        if (k <= 63) {
            long lo = nextInt() & 0xFFFFFFFFL;
            long hi = (nextInt() & 0xFFFFFFFFL) >>> (64 - k);
            return PyInt.of(hi << 32 | lo);
        }
        int words = (k - 1) / 32 + 1;
        byte[] bytes = new byte[words * 4 + 1];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = nextInt();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = bytes.length - 1 - i * 4;
            bytes[at] = (byte) r;
            bytes[at - 1] = (byte) (r >>> 8);
            bytes[at - 2] = (byte) (r >>> 16);
            bytes[at - 3] = (byte) (r >>> 24);
        }
        return PyInt.of(new BigInteger(bytes));
    }

    /** _randbelow_with_getrandbits(n) for n > 0. */
    PyInt randbelow(PyInt n) {
        if (!n.isBig()) {
            int k = 64 - Long.numberOfLeadingZeros(n.value);
            if (k <= 32) {
                long r;
                do {
                    r = (nextInt() & 0xFFFFFFFFL) >>> (32 - k);
                } while (r >= n.value);
                return PyInt.of(r);
            }
        }
        BigInteger limit = n.toBig();
        int k = limit.bitLength();
        PyInt r = getrandbits(k);
        while (r.toBig().compareTo(limit) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /** The 624 state words and the index, as getstate() reports them. */
    long[] state() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xFFFFFFFFL;
        }
        s[N] = index;
        return s;
    }

    void setState(long[] words, int newIndex) {
        for (int i = 0; i < N; i++) {
            mt[i] = (int) words[i];
        }
        index = newIndex;
    }
}

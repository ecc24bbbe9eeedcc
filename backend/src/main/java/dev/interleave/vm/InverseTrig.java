package dev.interleave.vm;

/**
 * Correctly rounded atan, atan2, asin and acos. glibc computes these (nearly always) correctly
 * rounded while Java's fdlibm versions are off by one ulp for several percent of arguments, so
 * they are evaluated here in double-double arithmetic (about 106 bits): a table of atan(k/64),
 * the reduction atan(x) = atan(c) + atan((x - c) / (1 + xc)) and a short alternating series.
 */
final class InverseTrig {
    private InverseTrig() {}

    /** A double-double: hi + lo with |lo| at most half an ulp of hi. */
    private record DD(double hi, double lo) {}

    private static final DD ONE = new DD(1.0, 0.0);
    private static final DD PI = new DD(0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53);
    private static final DD PI_2 = new DD(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54);

    /** (-1)^n / (2n + 1) for n = 0..4 as double-doubles; later terms need only doubles. */
    private static final DD[] SERIES = {
        ONE,
        new DD(-0x1.5555555555555p-2, -0x1.5555555555555p-56),
        new DD(0x1.999999999999ap-3, -0x1.999999999999ap-57),
        new DD(-0x1.2492492492492p-3, -0x1.2492492492492p-57),
        new DD(0x1.c71c71c71c71cp-4, 0x1.c71c71c71c71cp-58),
    };

    /** atan(k/64) for k = 0..64, as (hi, lo) pairs. */
    private static final double[] TABLE = {
        0x0.0p+0, 0x0.0p+0,
        0x1.fff555bbb729bp-7, -0x1.220c39d4dff50p-61,
        0x1.ffd55bba97625p-6, -0x1.5ec431444912cp-60,
        0x1.7fb818430da2ap-5, -0x1.86ef8f794f105p-63,
        0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60,
        0x1.3f59f0e7c559dp-4, 0x1.ac4ce285df847p-58,
        0x1.7ee182602f10fp-4, -0x1.cfb654c0c3d98p-58,
        0x1.be39ebe6f07c3p-4, 0x1.f7b8f29a05987p-58,
        0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59,
        0x1.1e1fafb043727p-3, -0x1.b485914dacf8cp-59,
        0x1.3d6eee8c6626cp-3, 0x1.61a3b0ce9281bp-57,
        0x1.5c9811e3ec26ap-3, -0x1.054ab2c010f3dp-58,
        0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58,
        0x1.9a6a8e96c8626p-3, 0x1.cf601e7b4348ep-59,
        0x1.b90d7529260a2p-3, 0x1.17b10d2e0e5abp-61,
        0x1.d77d5df205736p-3, 0x1.c648d1534597ep-57,
        0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57,
        0x1.09dc597d86362p-2, 0x1.62e47390cb865p-56,
        0x1.18bf5a30bf178p-2, 0x1.30ca4748b1bf9p-57,
        0x1.278372057ef46p-2, -0x1.077cdd36dfc81p-56,
        0x1.362773707ebccp-2, -0x1.963a544b672d8p-57,
        0x1.44aa436c2af0ap-2, -0x1.5d5e43c55b3bap-56,
        0x1.530ad9951cd4ap-2, -0x1.2566480884082p-57,
        0x1.614840309cfe2p-2, -0x1.a725715711f00p-56,
        0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56,
        0x1.7d5604b63b3f7p-2, 0x1.69c885c2b249ap-56,
        0x1.8b24d394a1b25p-2, 0x1.b6d0ba3748fa8p-56,
        0x1.98cd5454d6b18p-2, 0x1.9e6c988fd0a77p-56,
        0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56,
        0x1.b3a911da65c6cp-2, 0x1.ae187b1ca5040p-56,
        0x1.c0db4c94ec9f0p-2, -0x1.cc1ce70934c34p-56,
        0x1.cde53432c1351p-2, -0x1.a2cfa4418f1adp-56,
        0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56,
        0x1.e77eb7f175a34p-2, 0x1.0e53dc1bf3435p-56,
        0x1.f40dd0b541418p-2, -0x1.a3992dc382a23p-57,
        0x1.0039c73c1a40cp-1, -0x1.b32c949c9d593p-55,
        0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56,
        0x1.0c6145b5b43dap-1, 0x1.974fa13b5404fp-58,
        0x1.1255d9bfbd2a9p-1, -0x1.2bdaee1c0ee35p-58,
        0x1.1835a88be7c13p-1, 0x1.c621cec00c301p-55,
        0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58,
        0x1.23b71e2cc9e6ap-1, 0x1.c421c9f38224ep-57,
        0x1.2958e59308e31p-1, -0x1.09e73b0c6c087p-56,
        0x1.2ee628406cbcap-1, 0x1.c5d5e9ff0cf8dp-55,
        0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55,
        0x1.39c391cd4171ap-1, -0x1.2304331d8bf46p-55,
        0x1.3f13fb89e96f4p-1, 0x1.ecf8b492644f0p-56,
        0x1.445065b795b56p-1, -0x1.f76d0163f79c8p-56,
        0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56,
        0x1.4e8de5bb6ec04p-1, 0x1.4a33dbeb3796cp-55,
        0x1.538f57b89061fp-1, -0x1.1bb74abda520cp-55,
        0x1.587d81f732fbbp-1, -0x1.5e5c9d8c5a950p-56,
        0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57,
        0x1.6220d115d7b8ep-1, -0x1.2b785350ee8c1p-57,
        0x1.66d663923e087p-1, -0x1.6ea6febe8bbbap-56,
        0x1.6b798920b3d99p-1, -0x1.a80386188c50ep-55,
        0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56,
        0x1.748978fba8e0fp-1, 0x1.7b2a6165884a1p-59,
        0x1.78f6bbd5d315ep-1, 0x1.406a089803740p-55,
        0x1.7d528289fa093p-1, 0x1.560821e2f3aa9p-55,
        0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56,
        0x1.85d69576cc2c5p-1, 0x1.6b66e7fc8b8c3p-57,
        0x1.89ff5ff57f1f8p-1, -0x1.55b9a5e177a1bp-55,
        0x1.8e17aa99cc05ep-1, -0x1.ec182ab042f61p-56,
        0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55,
    };

    // ---- the functions ----

    static double atan(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a < 0x1p-27) {
            return x;
        }
        if (a > 0x1p60) {
            return Math.copySign(PI_2.hi, x);
        }
        return Math.copySign(atanNonNegative(new DD(a, 0.0)).hi, x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        if (y == 0.0 || x == 0.0 || Double.isInfinite(x) || Double.isInfinite(y)
                || Math.abs(Math.getExponent(y) - Math.getExponent(x)) > 900) {
            return Math.atan2(y, x);
        }
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        DD r;
        if (ay <= ax) {
            r = atanSmall(div(new DD(ay, 0.0), new DD(ax, 0.0)));
            if (x < 0) {
                r = sub(PI, r);
            }
        } else {
            r = atanSmall(div(new DD(ax, 0.0), new DD(ay, 0.0)));
            r = x > 0 ? sub(PI_2, r) : add(PI_2, r);
        }
        return Math.copySign(r.hi, y);
    }

    static double asin(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a < 0x1p-26) {
            return x;
        }
        if (a >= 1.0) {
            return a == 1.0 ? Math.copySign(PI_2.hi, x) : Double.NaN;
        }
        DD s = sqrtOneMinusSquare(a);
        DD r = atanNonNegative(div(new DD(a, 0.0), s));
        return Math.copySign(r.hi, x);
    }

    static double acos(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a >= 1.0) {
            return a > 1.0 ? Double.NaN : x > 0 ? 0.0 : PI.hi;
        }
        if (x == 0.0) {
            return PI_2.hi;
        }
        DD s = sqrtOneMinusSquare(a);
        DD r = atanNonNegative(div(s, new DD(a, 0.0)));
        return x > 0 ? r.hi : sub(PI, r).hi;
    }

    // ---- arctangent in double-double ----

    private static DD atanNonNegative(DD t) {
        if (t.hi > 1.0) {
            return sub(PI_2, atanSmall(div(ONE, t)));
        }
        return atanSmall(t);
    }

    /** atan(x) for 0 <= x <= 1 (plus rounding). */
    private static DD atanSmall(DD x) {
        int k = (int) Math.rint(x.hi * 64);
        double c = k / 64.0;
        DD t = div(add(x, new DD(-c, 0.0)), add(ONE, mulD(x, c)));
        DD t2 = mul(t, t);
        double tail = 1.0 / 17;
        tail = -1.0 / 15 + t2.hi * tail;
        tail = 1.0 / 13 + t2.hi * tail;
        tail = -1.0 / 11 + t2.hi * tail;
        DD acc = new DD(tail, 0.0);
        for (int n = SERIES.length - 1; n >= 0; n--) {
            acc = add(SERIES[n], mul(t2, acc));
        }
        return add(new DD(TABLE[2 * k], TABLE[2 * k + 1]), mul(t, acc));
    }

    /** sqrt(1 - a*a) for 0 <= a < 1, with 1 - a*a formed exactly. */
    private static DD sqrtOneMinusSquare(double a) {
        double p = a * a;
        double e = Math.fma(a, a, -p);
        DD w = add(ONE, new DD(-p, -e));
        double s = Math.sqrt(w.hi);
        double sq = s * s;
        DD diff = add(w, new DD(-sq, -Math.fma(s, s, -sq)));
        return quickTwoSum(s, diff.hi / (2 * s));
    }

    // ---- double-double arithmetic ----

    private static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    private static DD quickTwoSum(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    private static DD add(DD a, DD b) {
        DD s = twoSum(a.hi, b.hi);
        DD t = twoSum(a.lo, b.lo);
        DD u = quickTwoSum(s.hi, s.lo + t.hi);
        return quickTwoSum(u.hi, u.lo + t.lo);
    }

    private static DD sub(DD a, DD b) {
        return add(a, new DD(-b.hi, -b.lo));
    }

    private static DD mul(DD a, DD b) {
        double p = a.hi * b.hi;
        double e = Math.fma(a.hi, b.hi, -p) + (a.hi * b.lo + a.lo * b.hi);
        return quickTwoSum(p, e);
    }

    private static DD mulD(DD a, double b) {
        double p = a.hi * b;
        double e = Math.fma(a.hi, b, -p) + a.lo * b;
        return quickTwoSum(p, e);
    }

    private static DD div(DD a, DD b) {
        double q1 = a.hi / b.hi;
        DD r = sub(a, mulD(b, q1));
        double q2 = r.hi / b.hi;
        r = sub(r, mulD(b, q2));
        double q3 = r.hi / b.hi;
        return add(quickTwoSum(q1, q2), new DD(q3, 0.0));
    }
}

package dev.interleave.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text exactly as CPython does it.
 *
 * <ul>
 *   <li>{@code repr(double)}: the shortest digits that read back as the same double, in
 *       exponent form when the decimal exponent is below -4 or at least 16 ({@code 1e+16},
 *       {@code 1.5e-05}, {@code inf}, {@code -inf}, {@code nan}, {@code -0.0}).</li>
 *   <li>{@code format(double v, char type, int precision, boolean alternate)}: the body of a
 *       format spec or %-conversion, without sign handling beyond the minus sign, padding or
 *       grouping. {@code type} is one of {@code e E f F g G %} or {@code '\0'} for the empty
 *       presentation type (str() when precision &lt; 0, else "like g, at least one digit after
 *       the point, exponent form when exp &gt;= precision - 1"), or {@code 'r'} for repr.
 *       {@code precision} &lt; 0 means the default (6; for '\0' see above). {@code alternate}
 *       is the '#' flag: keep the point and trailing zeros. Rounding is correct (round half
 *       even on the exact binary value), as CPython's dtoa.</li>
 * </ul>
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** repr(float) / str(float). */
    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        }
        Shortest s = shortest(Math.abs(v));
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        layoutRepr(sb, s.digits, s.decpt, true);
        return sb.toString();
    }

    /** Digits (no leading/trailing zeros) and the decimal point position: value = 0.DIGITS * 10^decpt. */
    private record Shortest(String digits, int decpt) {}

    private static Shortest shortest(double a) {
        String js = Double.toString(a);
        int e = js.indexOf('E');
        int exp10 = 0;
        String mant = js;
        if (e >= 0) {
            exp10 = Integer.parseInt(js.substring(e + 1));
            mant = js.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        StringBuilder all = new StringBuilder(intPart.length() + frac.length());
        all.append(intPart).append(frac);
        int decpt = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        String digits = all.substring(lead, end);
        decpt -= lead;
        if (digits.length() == 2) {
            // Java picks the closest of the 1- and 2-digit decimals when a 1-digit one exists;
            // CPython always takes the shortest.
            Shortest one = oneDigit(a, digits, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Shortest(digits, decpt);
    }

    private static Shortest oneDigit(double a, String digits, int decpt) {
        int d = digits.charAt(0) - '0';
        Shortest lo = d == 0 ? null : new Shortest(String.valueOf(d), decpt);
        Shortest hi = d == 9 ? new Shortest("1", decpt + 1) : new Shortest(String.valueOf(d + 1), decpt);
        boolean loOk = lo != null && parse(lo) == a;
        boolean hiOk = parse(hi) == a;
        if (loOk && hiOk) {
            BigDecimal exact = new BigDecimal(a);
            BigDecimal dl = exact.subtract(toBig(lo)).abs();
            BigDecimal dh = exact.subtract(toBig(hi)).abs();
            return dl.compareTo(dh) <= 0 ? lo : hi;
        }
        return loOk ? lo : hiOk ? hi : null;
    }

    private static BigDecimal toBig(Shortest s) {
        return new BigDecimal(new BigInteger(s.digits), s.digits.length() - s.decpt);
    }

    private static double parse(Shortest s) {
        return Double.parseDouble("0." + s.digits + "e" + s.decpt);
    }

    /** repr layout: fixed when -4 < decpt <= 16, else exponent form. */
    private static void layoutRepr(StringBuilder sb, String digits, int decpt, boolean addDot0) {
        int n = digits.length();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= n) {
                sb.append(digits);
                for (int i = n; i < decpt; i++) {
                    sb.append('0');
                }
                if (addDot0) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
            }
        } else {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            appendExp(sb, decpt - 1, 'e');
        }
    }

    private static void appendExp(StringBuilder sb, int exp, char e) {
        sb.append(e).append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    /** See the class comment. */
    public static String format(double v, char type, int precision, boolean alternate) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(v)) {
            return (upper ? "NAN" : "nan") + (type == '%' ? "%" : "");
        }
        if (type == '%') {
            v *= 100;
        }
        if (Double.isInfinite(v)) {
            String s = v > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
            return type == '%' ? s + "%" : s;
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        double a = Math.abs(v);
        StringBuilder sb = new StringBuilder(32);
        if (neg) {
            sb.append('-');
        }
        switch (type) {
            case 'f', 'F' -> fixed(sb, a, precision < 0 ? 6 : precision, alternate);
            case '%' -> {
                fixed(sb, a, precision < 0 ? 6 : precision, alternate);
                sb.append('%');
            }
            case 'e', 'E' -> exponent(sb, a, precision < 0 ? 6 : precision, alternate, upper ? 'E' : 'e');
            case 'g', 'G' -> general(sb, a, precision < 0 ? 6 : precision, alternate, upper ? 'E' : 'e', false);
            case 'r' -> {
                return repr(v);
            }
            case '\0' -> {
                if (precision < 0) {
                    if (!alternate) {
                        return repr(v);
                    }
                    reprAlternate(sb, a);
                } else {
                    general(sb, a, precision, alternate, 'e', true);
                }
            }
            default -> throw new IllegalArgumentException("format type " + type);
        }
        return sb.toString();
    }

    private static void reprAlternate(StringBuilder sb, double a) {
        if (a == 0) {
            sb.append("0.0");
            return;
        }
        Shortest s = shortest(a);
        int n = s.digits.length();
        if (s.decpt > -4 && s.decpt <= 16) {
            layoutRepr(sb, s.digits, s.decpt, true);
        } else {
            sb.append(s.digits.charAt(0)).append('.');
            if (n > 1) {
                sb.append(s.digits, 1, n);
            }
            appendExp(sb, s.decpt - 1, 'e');
        }
    }

    private static void fixed(StringBuilder sb, double a, int prec, boolean alternate) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        sb.append(s);
        if (prec == 0 && alternate) {
            sb.append('.');
        }
    }

    /** Rounds {@code a} (positive or zero) to {@code sig} significant digits: digits and decimal exponent of the first digit. */
    private static String roundSig(double a, int sig, int[] exp) {
        if (a == 0) {
            exp[0] = 0;
            return "0".repeat(sig);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        // value = digits * 10^-scale; first digit exponent = len - 1 - scale
        int e = digits.length() - 1 - r.scale();
        if (digits.length() < sig) {
            digits = digits + "0".repeat(sig - digits.length());
        } else if (digits.length() > sig) {
            digits = digits.substring(0, sig);
        }
        exp[0] = e;
        return digits;
    }

    private static void exponent(StringBuilder sb, double a, int prec, boolean alternate, char e) {
        int[] exp = new int[1];
        String digits = roundSig(a, prec + 1, exp);
        sb.append(digits.charAt(0));
        if (prec > 0) {
            sb.append('.').append(digits, 1, digits.length());
        } else if (alternate) {
            sb.append('.');
        }
        appendExp(sb, exp[0], e);
    }

    private static void general(StringBuilder sb, double a, int prec, boolean alternate, char e, boolean noType) {
        if (prec == 0) {
            prec = 1;
        }
        int[] exp = new int[1];
        String digits = roundSig(a, prec, exp);
        int x = exp[0];
        boolean sci = noType ? (x < -4 || x >= prec - 1) : (x < -4 || x >= prec);
        int start = sb.length();
        if (sci) {
            sb.append(digits.charAt(0));
            String rest = digits.substring(1);
            if (!alternate) {
                rest = stripZeros(rest);
            }
            if (!rest.isEmpty() || alternate) {
                sb.append('.').append(rest);
            }
            appendExp(sb, x, e);
        } else {
            // fixed with prec - 1 - x digits after the point
            if (x < 0) {
                sb.append("0.");
                for (int i = 0; i < -x - 1; i++) {
                    sb.append('0');
                }
                String d = alternate ? digits : stripZeros(digits);
                sb.append(d);
            } else {
                sb.append(digits, 0, x + 1);
                String rest = digits.substring(x + 1);
                if (!alternate) {
                    rest = stripZeros(rest);
                }
                if (!rest.isEmpty()) {
                    sb.append('.').append(rest);
                } else if (alternate) {
                    sb.append('.');
                } else if (noType) {
                    sb.append(".0");
                }
            }
        }
        if (sb.length() == start) {
            sb.append('0');
        }
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}

package dev.interleave.lang;

import java.math.BigInteger;

/** Values of NUMBER tokens. */
final class Numbers {
    private Numbers() {}

    /** A BigInteger or Double; imaginary literals are rejected. */
    static Object parse(Token t) {
        String s = t.text().replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            throw ParserBase.error("complex numbers are not supported", t.pos());
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            if (k == 'x') {
                return new BigInteger(s.substring(2), 16);
            }
            if (k == 'o') {
                return new BigInteger(s.substring(2), 8);
            }
            if (k == 'b') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        return new BigInteger(s);
    }
}

package dev.interleave.vm;

import java.util.Locale;

/**
 * Character properties and case mappings as CPython's unicodedata-derived tables define them
 * (str.isspace, str.isdigit, str.title, ...), built on Java's Character data with CPython's
 * exceptions written out.
 */
final class UnicodeProps {
    private UnicodeProps() {}

    /** Py_UNICODE_ISSPACE. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || c >= 9 && c <= 13 || c >= 0x1c && c <= 0x1f;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Py_UNICODE_ISLINEBREAK (str.splitlines). */
    static boolean isLineBreak(int c) {
        return c >= 10 && c <= 13 || c >= 0x1c && c <= 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isDecimal(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        for (int i = 0; i < DIGIT_RANGES.length; i += 2) {
            if (c < DIGIT_RANGES[i]) {
                return false;
            }
            if (c <= DIGIT_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Numeric_Type=Digit characters that are not decimal digits (superscripts, circled digits...). */
    private static final int[] DIGIT_RANGES = {
        0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF,
        0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052, 0x1105A,
        0x1F100, 0x1F10A,
    };

    static boolean isNumeric(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        return t == Character.OTHER_LETTER && isHanNumeral(c);
    }

    /** Han characters that Unihan gives a numeric value (str.isnumeric is true for them). */
    private static boolean isHanNumeral(int c) {
        return HAN_NUMERALS.indexOf(c) >= 0 && c < 0x10000 || c == 0x20001 || c == 0x20064 || c == 0x200E2
                || c == 0x20121 || c == 0x2092A || c == 0x20983 || c == 0x2098C || c == 0x2099C || c == 0x20AEA
                || c == 0x20AFD || c == 0x20B19 || c == 0x22390 || c == 0x22998 || c == 0x23B1B || c == 0x2626D
                || c == 0x2F890;
    }

    private static final String HAN_NUMERALS =
            "\u4EAC\u62D0\u6D1E\u7695\u79ED\u3405\u3483\u382A\u3B4D\u4E00\u4E03\u4E07\u4E09\u4E24\u4E5D\u4E8C\u4E94\u4E96\u4EBF\u4EC0\u4EDF"
            + "\u4EE8\u4F0D\u4F70\u4FE9\u5006\u5104\u5146\u5169\u516B\u516D\u5341\u5343\u5344\u5345\u534C\u53C1"
            + "\u53C2\u53C3\u53C4\u56DB\u58F1\u58F9\u5E7A\u5EFE\u5EFF\u5F0C\u5F0D\u5F0E\u5F10\u62FE\u634C\u67D2"
            + "\u6F06\u7396\u767E\u8086\u842C\u8CAE\u8CB3\u8D30\u920E\u94A9\u9621\u9646\u964C\u9678\u96F6\uF96B"
            + "\uF973\uF978\uF9B2\uF9D1\uF9D3\uF9FD";

    static boolean isAlpha(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isNumeric(c);
    }

    /** Py_UNICODE_ISPRINTABLE: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    static boolean isPrintable(int c) {
        if (c < 128) {
            return c >= 32 && c < 127;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static boolean isUpper(int c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    static boolean isLower(int c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    static boolean isTitle(int c) {
        return c >= 128 && Character.isTitleCase(c);
    }

    static boolean isCased(int c) {
        return isUpper(c) || isLower(c) || isTitle(c);
    }

    /** Case_Ignorable, for the final-sigma rule. */
    static boolean isCaseIgnorable(int c) {
        if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019 || c == 0xAD) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
        }
        return Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c)
                && NOT_XID_START.indexOf(c) < 0;
    }

    /** Identifier starts for Java that NFKC normalisation excludes from Python's XID_Start. */
    private static final String NOT_XID_START = "\u037A\u0E33\u0EB3\u2E2F\u309B\u309C\uFC5E\uFC5F\uFC60\uFC61"
            + "\uFC62\uFC63\uFDFA\uFDFB\uFE70\uFE72\uFE74\uFE76\uFE78\uFE7A\uFE7C\uFE7E\uFF9E\uFF9F";

    static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---- case mappings (full, as CPython's _PyUnicode_To*Full) ----

    static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Full lowercase of the code point at index i of s, with the final-sigma rule. */
    static void appendLower(StringBuilder sb, String s, int i, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else if (c == 0x3A3) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
        }
    }

    static void appendUpper(StringBuilder sb, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        } else {
            sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
        }
    }

    /** Title-case mappings that Java's simple titlecase and full uppercase cannot derive. */
    private static final java.util.Map<Integer, String> TITLE_SPECIAL = titleSpecial();

    private static java.util.Map<Integer, String> titleSpecial() {
        java.util.Map<Integer, String> m = new java.util.HashMap<>();
        m.put(0x149, "\u02BC\u004E");
        for (int base = 0x1F80; base <= 0x1FA0; base += 0x10) {
            for (int i = 0; i < 8; i++) {
                m.put(base + i, String.valueOf((char) (base + 8 + i)));
                m.put(base + 8 + i, String.valueOf((char) (base + 8 + i)));
            }
        }
        String[] rest = {
            "\u1FB2", "\u1FBA\u0345", "\u1FB3", "\u1FBC", "\u1FB4", "\u0386\u0345", "\u1FB7", "\u0391\u0342\u0345",
            "\u1FBC", "\u1FBC", "\u1FC2", "\u1FCA\u0345", "\u1FC3", "\u1FCC", "\u1FC4", "\u0389\u0345",
            "\u1FC7", "\u0397\u0342\u0345", "\u1FCC", "\u1FCC", "\u1FF2", "\u1FFA\u0345", "\u1FF3", "\u1FFC",
            "\u1FF4", "\u038F\u0345", "\u1FF7", "\u03A9\u0342\u0345", "\u1FFC", "\u1FFC",
        };
        for (int i = 0; i < rest.length; i += 2) {
            m.put((int) rest[i].charAt(0), rest[i + 1]);
        }
        return java.util.Map.copyOf(m);
    }

    /** _PyUnicode_ToTitleFull. */
    static void appendTitle(StringBuilder sb, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
            return;
        }
        String special = TITLE_SPECIAL.get(c);
        if (special != null) {
            sb.append(special);
            return;
        }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) <= 1) {
            sb.appendCodePoint(Character.toTitleCase(c));
            return;
        }
        int first = up.codePointAt(0);
        sb.appendCodePoint(first);
        sb.append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
    }

    /** Full case folding (str.casefold). */
    static void appendFold(StringBuilder sb, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else if (c == 0xDF || c == 0x1E9E) {
            sb.append("ss");
        } else if (c == 0x131 || c >= 0x13A0 && c <= 0x13F5) {
            sb.appendCodePoint(c);
        } else if (c >= 0x13F8 && c <= 0x13FD) {
            sb.append((char) (c - 8));
        } else if (c >= 0xAB70 && c <= 0xABBF) {
            sb.append((char) (c - 0xAB70 + 0x13A0));
        } else {
            String one = new String(Character.toChars(c));
            sb.append(one.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        }
    }

    /** handle_capital_sigma: a cased letter before (skipping case-ignorables) and none after. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                if (!isCased(c)) {
                    return false;
                }
                j = -1;
                break;
            }
        }
        if (j != -1) {
            return false;
        }
        int k = i + 1;
        while (k < s.length()) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }
}

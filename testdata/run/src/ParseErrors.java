// NumberFormatException messages of Integer.parseInt/valueOf/decode (with radix variants),
// Long.parseLong, Short/Byte, Double.parseDouble/Float.parseFloat, BigInteger/BigDecimal.
// Every failure is caught and its message printed; exit status 0.
public class ParseErrors {
    interface Parser {
        Object parse(String s);
    }

    static void tryParse(String label, String input, Parser p) {
        String shown = input == null ? "null" : "\"" + input + "\"";
        try {
            System.out.println(label + "(" + shown + ") = " + p.parse(input));
        } catch (NumberFormatException e) {
            System.out.println(label + "(" + shown + ") -> " + e.getClass().getName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(label + "(" + shown + ") -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] ints = {"123", "-123", "+7", "abc", "", null, "2147483647", "2147483648", "-2147483648", "-2147483649",
                " 1", "1 ", "1_000", "0x10", "١٢٣", "+", "-", "99999999999", "007", "1.0", "٣"};
        for (String s : ints) {
            tryParse("Integer.parseInt", s, Integer::parseInt);
        }
        tryParse("Integer.parseInt radix 16", "ff", s -> Integer.parseInt(s, 16));
        tryParse("Integer.parseInt radix 16", "FFG", s -> Integer.parseInt(s, 16));
        tryParse("Integer.parseInt radix 2", "102", s -> Integer.parseInt(s, 2));
        tryParse("Integer.parseInt radix 36", "zz", s -> Integer.parseInt(s, 36));
        tryParse("Integer.parseInt radix 37", "1", s -> Integer.parseInt(s, 37));
        tryParse("Integer.parseInt radix 1", "1", s -> Integer.parseInt(s, 1));
        tryParse("Integer.parseInt radix 16", "80000000", s -> Integer.parseInt(s, 16));
        tryParse("Integer.parseUnsignedInt", "4294967296", Integer::parseUnsignedInt);
        tryParse("Integer.parseUnsignedInt", "-1", Integer::parseUnsignedInt);
        tryParse("Integer.parseInt(CharSequence,begin,end,radix)", "xx42yy", s -> Integer.parseInt(s, 2, 4, 10));
        tryParse("Integer.parseInt(CharSequence,begin,end,radix)", "xx42yy", s -> Integer.parseInt(s, 1, 4, 10));
        tryParse("Integer.valueOf", "12a", Integer::valueOf);
        tryParse("Integer.decode", "0x", Integer::decode);
        tryParse("Integer.decode", "-0x80000000", Integer::decode);
        tryParse("Integer.decode", "0x80000000", Integer::decode);
        tryParse("Integer.decode", "", Integer::decode);
        tryParse("Integer.decode", "--5", Integer::decode);
        tryParse("Long.parseLong", "9223372036854775807", Long::parseLong);
        tryParse("Long.parseLong", "9223372036854775808", Long::parseLong);
        tryParse("Long.parseLong", "12L", Long::parseLong);
        tryParse("Long.parseLong", "", Long::parseLong);
        tryParse("Long.parseLong", null, Long::parseLong);
        tryParse("Long.parseLong radix 16", "-8000000000000000", s -> Long.parseLong(s, 16));
        tryParse("Long.parseLong radix 16", "8000000000000000", s -> Long.parseLong(s, 16));
        tryParse("Long.parseUnsignedLong", "18446744073709551616", Long::parseUnsignedLong);
        tryParse("Short.parseShort", "32768", Short::parseShort);
        tryParse("Byte.parseByte", "128", Byte::parseByte);
        tryParse("Byte.parseByte radix 16", "-81", s -> Byte.parseByte(s, 16));
        String[] doubles = {"x", "", " ", null, "1.2.3", "1e", "0x1.0", "NaNx", "Infinityy", "--1", "1,5", "١.٥"};
        for (String s : doubles) {
            tryParse("Double.parseDouble", s, Double::parseDouble);
        }
        tryParse("Float.parseFloat", "abc", Float::parseFloat);
        tryParse("Double.valueOf", "1e5x", Double::valueOf);
        tryParse("new BigInteger", "12x", java.math.BigInteger::new);
        tryParse("new BigInteger", "", java.math.BigInteger::new);
        tryParse("new BigDecimal", "1.2.3", java.math.BigDecimal::new);
        tryParse("Boolean.parseBoolean", "TRUE", Boolean::parseBoolean);
        tryParse("Boolean.parseBoolean", "yes", Boolean::parseBoolean);
        tryParse("Character.digit", "g", s -> Character.digit(s.charAt(0), 16));
    }
}

// Every switch form: dense int switch (tableswitch), sparse (lookupswitch) with negative and
// extreme keys, fall-through, char/byte/short switches, string switch incl. hash collisions
// ("Aa"/"BB", "AaAa"/"BBBB"/"AaBB"), enum switch (incl. default and missing cases), switch
// expressions with arrows and yield, multiple labels, nested switches, switch on boxed values.
public class Switches {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String dense(int i) {
        switch (i) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "many(" + i + ")";
        }
    }

    static String sparse(int i) {
        switch (i) {
            case -1000000: return "minus a million";
            case -1: return "minus one";
            case 10: return "ten";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case Integer.MAX_VALUE: return "MAX";
            case Integer.MIN_VALUE: return "MIN";
            default: return "other";
        }
    }

    static String fallThrough(int i) {
        StringBuilder sb = new StringBuilder();
        switch (i) {
            case 1:
                sb.append("1");
            case 2:
                sb.append("2");
                break;
            case 3:
                sb.append("3");
            default:
                sb.append("d");
            case 4:
                sb.append("4");
        }
        return sb.toString();
    }

    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '中':
                return "zhong";
            default:
                return Character.isDigit(c) ? "digit" : "consonant/other";
        }
    }

    static String strings(String s) {
        switch (s) {
            case "Aa": return "Aa";
            case "BB": return "BB";
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";
            case "AaBB": return "AaBB";
            case "": return "empty";
            case "hello": return "greeting";
            default: return "default(" + s + ")";
        }
    }

    static String days(Day d) {
        switch (d) {
            case SAT:
            case SUN:
                return "weekend";
            case WED:
                return "midweek";
            default:
                return "weekday";
        }
    }

    static int arrowExpr(Day d) {
        return switch (d) {
            case MON, FRI, SUN -> 6;
            case TUE -> 7;
            case THU, SAT -> 8;
            case WED -> 9;
        };
    }

    static String yieldExpr(int n) {
        String kind = switch (n % 4) {
            case 0 -> "even-even";
            case 1, -1 -> {
                String t = "odd";
                yield t + (n < 0 ? "-neg" : "-pos");
            }
            case 2, -2 -> "even-odd";
            default -> {
                if (n > 0) {
                    yield "three";
                }
                yield "minus three";
            }
        };
        return kind;
    }

    static String oldStyleYield(String s) {
        return switch (s) {
            case "a":
                yield "letter a";
            case "b":
            case "c":
                yield "b or c";
            default:
                yield "other " + s.length();
        };
    }

    static String nested(int a, int b) {
        switch (a) {
            case 1:
                switch (b) {
                    case 1: return "1/1";
                    case 2: return "1/2";
                    default: return "1/?";
                }
            case 2:
                return switch (b) {
                    case 1 -> "2/1";
                    default -> switch (b * 10) {
                        case 20 -> "2/2 via 20";
                        default -> "2/?";
                    };
                };
            default:
                return "?/?";
        }
    }

    static String arrowStatement(Object o) {
        StringBuilder sb = new StringBuilder();
        int code = o.hashCode() % 3;
        switch (code) {
            case 0 -> sb.append("zero");
            case 1 -> {
                sb.append("one");
                sb.append("!");
            }
            default -> sb.append("other");
        }
        return sb.toString();
    }

    static String bytes(byte b) {
        switch (b) {
            case -128: return "min byte";
            case 127: return "max byte";
            case 0: return "zero byte";
            default: return "byte " + b;
        }
    }

    static String boxed(Integer i) {
        switch (i) {
            case 1: return "boxed one";
            default: return "boxed " + i;
        }
    }

    static String longCase(long l) {
        return switch ((int) (l >>> 32)) {
            case 0 -> "small";
            case 1 -> "2^32 range";
            default -> "big";
        };
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 6; i++) {
            System.out.println("dense(" + i + ") = " + dense(i));
        }
        int[] sparseKeys = {-1000000, -1, 0, 10, 11, 1000, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int k : sparseKeys) {
            System.out.println("sparse(" + k + ") = " + sparse(k));
        }
        for (int i = 0; i <= 5; i++) {
            System.out.println("fallThrough(" + i + ") = " + fallThrough(i));
        }
        for (char c : "ab 7中".toCharArray()) {
            System.out.println("chars('" + c + "') = " + chars(c));
        }
        String[] ss = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello"};
        for (String s : ss) {
            System.out.println("strings(\"" + s + "\") = " + strings(s) + " hash=" + s.hashCode());
        }
        for (Day d : Day.values()) {
            System.out.println(d + ": " + days(d) + " letters=" + arrowExpr(d));
        }
        for (int n = -5; n <= 5; n++) {
            System.out.println("yieldExpr(" + n + ") = " + yieldExpr(n));
        }
        for (String s : new String[] {"a", "b", "c", "zzz"}) {
            System.out.println("oldStyleYield(" + s + ") = " + oldStyleYield(s));
        }
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                System.out.print(nested(a, b) + " ");
            }
            System.out.println();
        }
        System.out.println(arrowStatement(3) + " " + arrowStatement(4) + " " + arrowStatement(5) + " " + arrowStatement("x"));
        for (byte b : new byte[] {-128, 127, 0, 5}) {
            System.out.println(bytes(b));
        }
        System.out.println(boxed(1) + " " + boxed(1000));
        System.out.println(longCase(5) + " " + longCase(1L << 32) + " " + longCase(-1L));
        try {
            boxed(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null Integer: NPE");
        }
        try {
            days(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NPE");
        }
    }
}

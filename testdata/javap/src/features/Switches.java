// switch statements and expressions: on strings (hashCode lookupswitch + equals),
// on enums (synthetic Switches$1 with $SwitchMap$), dense ints (tableswitch),
// sparse ints (lookupswitch), negative keys, chars, yield in switch expressions.
package features;

public class Switches {
    public static int onString(String s) {
        switch (s) {
            case "alpha":
                return 1;
            case "beta":
                return 2;
            case "Aa":     // "Aa" and "BB" share a hash code
            case "BB":
                return 3;
            case "":
                return 4;
            default:
                return -1;
        }
    }

    public static String onEnum(Operation op) {
        switch (op) {
            case PLUS:
                return "add";
            case MINUS:
                return "subtract";
            default:
                return "other";
        }
    }

    public static int onPlanet(Planet p) {
        return switch (p) {
            case MERCURY -> 1;
            case VENUS -> 2;
            case EARTH -> {
                int x = p.ordinal();
                yield x * 10;
            }
        };
    }

    public static int dense(int i) {
        switch (i) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 4: return 14;
            case 6: return 16;
            default: return -1;
        }
    }

    public static int sparse(int i) {
        switch (i) {
            case -1000000: return 0;
            case -5: return 1;
            case 10: return 2;
            case 1000: return 3;
            case 100000: return 4;
            case Integer.MAX_VALUE: return 5;
            default: return 6;
        }
    }

    public static int negativeDense(int i) {
        return switch (i) {
            case -3, -2 -> 1;
            case -1 -> 2;
            case 0 -> 3;
            case 1 -> 4;
            default -> 0;
        };
    }

    public static String onChar(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> "vowel";
            case '\n' -> "newline";
            case '\u00e9' -> "e-acute";
            default -> "other";
        };
    }

    public static int stringExpr(String s) {
        return switch (s) {
            case "one" -> 1;
            case "two" -> 2;
            default -> {
                if (s.isEmpty()) {
                    yield 0;
                }
                yield s.length();
            }
        };
    }

    public static int nestedLoops(int[][] grid) {
        int total = 0;
        outer:
        for (int[] row : grid) {
            for (int v : row) {
                if (v < 0) {
                    continue outer;
                }
                if (v == 99) {
                    break outer;
                }
                total += v;
            }
        }
        int i = 0;
        do {
            total ^= i;
        } while (++i < 3);
        while (total > 1000) {
            total >>= 1;
        }
        return total;
    }
}

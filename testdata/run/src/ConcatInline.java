// String concatenation compiled with javac -XDstringConcat=inline: every '+' becomes a
// new StringBuilder().append(...)...toString() chain (no invokedynamic). Covers all
// primitive types, null (String and Object), char vs int arithmetic, objects with toString,
// a toString that returns null, compound +=, concatenation in loops, constant folding,
// ternaries with mixed types, non-BMP text.
public class ConcatInline {
    static class Money {
        final int cents;

        Money(int cents) {
            this.cents = cents;
        }

        @Override
        public String toString() {
            return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100 + " EUR";
        }
    }

    static class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    static final String CONST = "const";

    public static void main(String[] args) {
        boolean bo = true;
        byte b = -5;
        short s = 300;
        char c = 'x';
        int i = 42;
        long l = 1L << 40;
        float f = 1.25f;
        double d = 1e-7;
        String str = "str";
        String nul = null;
        Object obj = null;
        Money m = new Money(1205);
        System.out.println("boolean=" + bo + " byte=" + b + " short=" + s + " char=" + c + " int=" + i + " long=" + l
                + " float=" + f + " double=" + d);
        System.out.println("string=" + str + " null string=" + nul + " null object=" + obj + " money=" + m);
        System.out.println(c + i + " <- char+int is arithmetic; string first: " + "" + c + i);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println(nul + nul);
        System.out.println("" + new NullToString() + "|" + new StringBuilder("sb") + "|" + new int[0].length);
        System.out.println("constant " + CONST + " " + 1 + 2.5 + 'z' + true);
        System.out.println(f + d + "=float+double, " + (l + f) + "=long+float, " + (b + s) + "=byte+short");
        System.out.println("special doubles " + Double.NaN + " " + (1 / 0.0) + " " + (-1 / 0.0) + " " + (-0.0) + " "
                + Float.MIN_VALUE + " " + Long.MIN_VALUE + " " + Integer.MIN_VALUE + " " + (char) 0x4E2D);
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        acc += null;
        acc += 1.5f;
        System.out.println("compound += " + acc);
        String x = "x";
        x += x += "y";
        System.out.println("x += x += y: " + x);
        StringBuilder sb = new StringBuilder();
        sb.append("explicit ").append(i).append(c).append(bo);
        System.out.println(sb + " " + sb.length());
        Object[] things = {1, 'c', "s", 2.0, null, m, Boolean.FALSE, 3L};
        String all = "";
        for (Object o : things) {
            all = all + "[" + o + "]";
        }
        System.out.println(all);
        char[] chars = {'h', 'i'};
        System.out.println("chars via valueOf " + String.valueOf(chars) + " " + chars.length);
        String longChain = "a" + i + "b" + l + "c" + f + "d" + d + "e" + c + "f" + bo + "g" + s + "h" + b + "i" + str
                + "j" + nul + "k" + m + "l" + i + "m" + l + "n" + f + "o" + d + "p" + c + "q" + bo + "r" + s + "s";
        System.out.println(longChain + " length=" + longChain.length());
        int n = 3;
        System.out.println("ternary " + (n > 2 ? "big" : "small") + " " + (n > 2 ? 66 : 'c') + " " + (n > 5 ? 1.0 : 2));
        System.out.println("unicode " + "中" + 'é' + "😀" + (char) 65);
    }
}

// The StringTable quiz from seed 002_eef685edfdb1e78f.txt (section 5.6 "StringTable 面试题"),
// reproduced as written there, with labelled prints added.
// Run without arguments: the quiz as written (x2.intern() AFTER x1 = "cd").
// Run with the argument "swapped": the last two lines swapped (x2.intern() BEFORE "cd"),
// which the notes ask about ("如果调换了【最后两行代码】的位置呢?"). The two orders need two
// JVM runs because the literal "cd" enters the StringTable when its ldc first executes.
// Expected on JDK 8+: false true true, then false (as written) / true (swapped).
public class StringTableQuiz {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("swapped")) {
            swapped();
        } else {
            asWritten();
        }
        extra();
    }

    static void asWritten() {
        String s1 = "a";
        String s2 = "b";
        String s3 = "a" + "b";
        String s4 = s1 + s2;
        String s5 = "ab";
        String s6 = s4.intern();
        // 问
        System.out.println(s3 == s4);
        System.out.println(s3 == s5);
        System.out.println(s3 == s6);
        String x2 = new String("c") + new String("d");
        String x1 = "cd";
        x2.intern();
        // 问,如果调换了【最后两行代码】的位置呢?如果是jdk1.6呢?
        System.out.println(x1 == x2);

        System.out.println("s3 == s4: " + (s3 == s4) + " (s4 = s1 + s2 is built at run time)");
        System.out.println("s3 == s5: " + (s3 == s5) + " (\"a\" + \"b\" is folded by javac)");
        System.out.println("s3 == s6: " + (s3 == s6) + " (intern returns the pooled \"ab\")");
        System.out.println("s4 == s6: " + (s4 == s6));
        System.out.println("x1 == x2: " + (x1 == x2) + " (\"cd\" was pooled before x2.intern())");
        System.out.println("x1 == x2.intern(): " + (x1 == x2.intern()));
    }

    static void swapped() {
        String x2 = new String("c") + new String("d");
        x2.intern();
        String x1 = "cd";
        System.out.println(x1 == x2);
        System.out.println("x1 == x2: " + (x1 == x2) + " (x2.intern() put x2 itself into the pool)");
        System.out.println("x1 == x2.intern(): " + (x1 == x2.intern()));
    }

    static final String CONST_A = "a";
    static String nonConstA = "a";

    static void extra() {
        String ab = "ab";
        final String fa = "a";
        String la = "a";
        System.out.println("final local + literal == pooled: " + ((fa + "b") == ab));
        System.out.println("non-final local + literal == pooled: " + ((la + "b") == ab));
        System.out.println("static final + literal == pooled: " + ((CONST_A + "b") == ab));
        System.out.println("static non-final + literal == pooled: " + ((nonConstA + "b") == ab));
        System.out.println("new String(\"ab\") == \"ab\": " + (new String("ab") == ab));
        System.out.println("new String(\"ab\").intern() == \"ab\": " + (new String("ab").intern() == ab));
        String dyn = new StringBuilder("g").append("h").toString();
        System.out.println("dyn.intern() == dyn (first intern of \"gh\"): " + (dyn.intern() == dyn));
        System.out.println("\"gh\" == dyn: " + ("gh" == dyn));
        String dyn2 = new StringBuilder("g").append("h").toString();
        System.out.println("dyn2.intern() == dyn: " + (dyn2.intern() == dyn) + ", dyn2 == dyn: " + (dyn2 == dyn));
        System.out.println("String.valueOf(12345).intern() == \"12345\": " + (String.valueOf(12345).intern() == "12345"));
        System.out.println("\"\" + \"\" == \"\": " + (("" + "") == ""));
        System.out.println("\"ab\".substring(0) == \"ab\": " + ("ab".substring(0) == ab));
        System.out.println("\"ab\".toString() == \"ab\": " + ("ab".toString() == ab));
        System.out.println("Other.LITERAL == \"ab\": " + (Other.LITERAL == ab) + ", Other.computed() == \"ab\": "
                + (Other.computed() == ab) + ", intern: " + (Other.computed().intern() == ab));
    }

    static class Other {
        static String LITERAL = "ab";

        static String computed() {
            String a = "a";
            return a + "b";
        }
    }
}

// Seed demo from /work/shared/seeds/002_eef685edfdb1e78f.txt, section 5.5.4 (intern JDK1.8),
// the "思考" listing: s6.intern() runs before the literal "cd" is first used, so the pool
// entry is s6 itself and s6 == s7 is true on JDK 7+ (5.5.5 explains JDK 1.6 gives false).
// Changes: package demo1_9.s554b; added prints of s6 == s7 (the question the notes ask),
// intern == s7 and s6 == intern.
package demo1_9.s554b;

public class Demo1_9 {
    public static void main(String[] args) {
        String s6 = new String("c") + new String("d");
        String intern = s6.intern();
        String s7 = "cd";
        System.out.println("s6 == s7: " + (s6 == s7));
        System.out.println("intern == s7: " + (intern == s7));
        System.out.println("s6 == intern: " + (s6 == intern));
    }
}

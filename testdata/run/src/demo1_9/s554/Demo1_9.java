// Seed demo from /work/shared/seeds/002_eef685edfdb1e78f.txt, section 5.5.4 (intern JDK1.8),
// first listing: s7 = "cd" is pooled before s6.intern(), so s6 == s7 is false (the same code
// is repeated in 5.5.5 for JDK 1.6, with the same answer).
// Changes: package demo1_9.s554; added prints of s6 == s7 (the question the notes ask),
// intern == s7 and s6 == intern.
package demo1_9.s554;

public class Demo1_9 {
    public static void main(String[] args) {
        String s6 = new String("c") + new String("d");
        String s7 = "cd";
        String intern = s6.intern();
        System.out.println("s6 == s7: " + (s6 == s7));
        System.out.println("intern == s7: " + (intern == s7));
        System.out.println("s6 == intern: " + (s6 == intern));
    }
}

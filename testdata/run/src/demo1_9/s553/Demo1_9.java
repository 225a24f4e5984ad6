// Seed demo from /work/shared/seeds/002_eef685edfdb1e78f.txt, section 5.5.3 (常量拼接):
// s5 = "a" + "b" is folded by javac into the literal "ab", so s3 == s5 is true.
// Changes: package demo1_9.s553; added prints of s3 == s5 (the question the notes ask)
// and s3 == s4, s4 == s5.
package demo1_9.s553;

public class Demo1_9 {
    public static void main(String[] args) {
        String s1 = "a";
        String s2 = "b";
        String s3 = "ab";
        String s4 = s1 + s2;
        String s5 = "a" + "b";
        System.out.println("s3 == s5: " + (s3 == s5));
        System.out.println("s3 == s4: " + (s3 == s4));
        System.out.println("s4 == s5: " + (s4 == s5));
    }
}

// Seed demo from /work/shared/seeds/002_eef685edfdb1e78f.txt, section 5.5.2 (变量拼接):
// s4 = s1 + s2 is built at run time (StringBuilder in JDK 8, invokedynamic
// makeConcatWithConstants with javac 17), so s3 == s4 is false.
// Changes: package demo1_9.s552; added prints of s4 and of s3 == s4 (the question the notes ask).
package demo1_9.s552;

public class Demo1_9 {
    public static void main(String[] args) {
        String s1 = "a";
        String s2 = "b";
        String s3 = "ab";
        String s4 = s1 + s2;
        System.out.println("s4 = " + s4);
        System.out.println("s3 == s4: " + (s3 == s4));
        System.out.println("s3.equals(s4): " + s3.equals(s4));
    }
}

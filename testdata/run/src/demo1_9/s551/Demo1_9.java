// Seed demo from /work/shared/seeds/002_eef685edfdb1e78f.txt, section 5.5.1 (解析引入):
// three string literals loaded with ldc into locals s1..s3.
// Changes: put in package demo1_9.s551 (every variant of Demo1_9 in the notes has the same
// class name); added prints of the variables and of the == comparisons (the notes only
// inspect the bytecode with javap).
package demo1_9.s551;

public class Demo1_9 {
    public static void main(String[] args) {
        String s1 = "a";
        String s2 = "b";
        String s3 = "ab";
        System.out.println("s1 = " + s1 + ", s2 = " + s2 + ", s3 = " + s3);
        System.out.println("s3 == \"ab\": " + (s3 == "ab"));
        System.out.println("s1 == \"a\": " + (s1 == "a"));
    }
}

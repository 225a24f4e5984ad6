// Seed demo from /work/shared/seeds/002_eef685edfdb1e78f.txt, section 5.4 (运行时常量池):
// the class the notes disassemble with `javap -v Demo1_8.class` to explain the constant pool.
// Changes: none to the code (the notes' javap listing shows package com.zhuhjay, but the
// source shown has no package statement, so it is kept in the default package).
public class Demo1_8 {
    public static void main(String[] args) {
        System.out.println("hello world");
    }
}

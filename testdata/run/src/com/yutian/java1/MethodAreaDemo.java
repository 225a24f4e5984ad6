// Seed demo from /work/shared/seeds/001_fd6ca3baa2882d4c.txt, section 5 (方法区使用举例):
// the notes step through its bytecode (operand stack and local variables) in pictures.
// Changes: none (package kept as in the notes); it prints 55.
package com.yutian.java1;

public class MethodAreaDemo {
    public static void main(String[] args) {
        int x = 500;
        int y = 100;
        int a = x / y;
        int b = 50;
        System.out.println(a + b);
    }
}

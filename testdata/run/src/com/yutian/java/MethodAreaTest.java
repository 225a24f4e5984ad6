// Seed demo from /work/shared/seeds/001_fd6ca3baa2882d4c.txt, section 4 (non-final的类变量):
// calling a static method and reading a static field through a null reference of class
// Order works (invokestatic/getstatic ignore the reference): prints "hello!" and 1.
// Changes: none (package kept as in the notes).
package com.yutian.java;

/**
* non-final的类变量
*/
public class MethodAreaTest {
public static void main(String[] args) {
Order order = null;
order.hello();
System.out.println(order.count);
}
}
class Order {
public static int count = 1;
public static final int number = 2;
public static void hello() {
System.out.println("hello!");
}
}

// Seed demo from /work/shared/seeds/001_fd6ca3baa2882d4c.txt, section 2 (方法区的理解):
// the notes run it and watch the loaded-class count in jvisualvm while it sleeps.
// Changes: Thread.sleep(1000000) shortened to Thread.sleep(10); package kept as in the notes.
package chapter09.src.com.yutian.java;
public class MethodAreaDemo {
public static void main(String[] args) {
System.out.println("start...");
try {
Thread.sleep(10);
} catch (InterruptedException e) {
e.printStackTrace();
}
System.out.println("end...");
}
}

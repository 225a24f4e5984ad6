// Seed 002 (Demo1_4): allocate a 10 MB array, drop it and call System.gc(); run with
// -Xlog:gc the log shows the full collection that frees it. Changed: the sleeps that gave
// time to attach jmap are gone.
public class Demo1_4 {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("1..");
        // 分配 10M内存
        byte[] bytes = new byte[1024 * 1024 * 10];
        System.out.println("2..");
        bytes = null;
        // 进行一次垃圾回收
        System.gc();
        System.out.println("3..");
    }
}

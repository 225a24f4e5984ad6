// Seed 002 (/work/shared/seeds/002_eef685edfdb1e78f.txt), section 6.2.3: 1 GB allocated
// with sun.misc.Unsafe (obtained through reflection on theUnsafe), zeroed with setMemory and
// freed by hand with freeMemory; the program waits on System.in.read() after each step.
// Changed from the seed: default package; the size may be given in MB as args[0] (default
// 1024 as in the seed); a line is printed after each step ("allocated", "freed") so that a
// test driving it through a pipe knows when to look at its memory.
import java.lang.reflect.Field;
import sun.misc.Unsafe;

public class Demo1_15 {
    private static final int _1GB = 1024 * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) * 1024 * 1024 : _1GB;
        Unsafe unsafe = getUnsafe();
        // 分配内存，并返回分配到的内存首地址
        long base = unsafe.allocateMemory(size);
        unsafe.setMemory(base, size, (byte) 0);
        System.out.println("allocated");
        System.in.read();
        // 手动释放内存
        unsafe.freeMemory(base);
        System.out.println("freed");
        System.in.read();
    }

    private static Unsafe getUnsafe() throws Exception {
        Field field = Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return (Unsafe) field.get(null);
    }
}

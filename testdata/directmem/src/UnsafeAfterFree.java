// An Unsafe write to memory already freed. HotSpot does not check raw addresses: the write
// hits an unmapped page and the VM dies with SIGSEGV and an hs_err file (exit status 134),
// so this is no golden test. gojvm checks every raw address against its live blocks and
// throws java.lang.InternalError instead of writing anywhere, its heap included
// (cmd/gojvm/directmem_rss_test.go: TestDirectMemUnsafeAfterFree).
import java.lang.reflect.Field;
import sun.misc.Unsafe;

public class UnsafeAfterFree {
    public static void main(String[] args) throws Exception {
        Field f = Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Unsafe unsafe = (Unsafe) f.get(null);
        long p = unsafe.allocateMemory(1 << 20);
        unsafe.setMemory(p, 1 << 20, (byte) 1);
        unsafe.freeMemory(p);
        System.out.println("freed");
        Object[] heap = new Object[1000];
        for (int i = 0; i < heap.length; i++) {
            heap[i] = "s" + i;
        }
        try {
            unsafe.putLong(p + 64, 42L);
            System.out.println("write after free succeeded");
        } catch (InternalError e) {
            System.out.println("InternalError: " + e.getMessage());
        }
        System.gc();
        int ok = 0;
        for (int i = 0; i < heap.length; i++) {
            if (heap[i].equals("s" + i)) {
                ok++;
            }
        }
        System.out.println("heap intact: " + ok + "/" + heap.length);
        unsafe.putLong(p, 1L); // uncaught: the VM reports it as Java would any exception
    }
}

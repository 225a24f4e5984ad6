import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Arrays;

// Debian's JNA (libjna-java, with its JNI library libjnidispatch) calling
// the C library: strings, numbers, memory, structures by value and by
// reference, errno, and qsort calling a Java comparator back.
public class JniJna {
    public interface CLib extends Library {
        CLib INSTANCE = Native.load("c", CLib.class);

        int strlen(String s);
        NativeLong strtol(String s, PointerByReference end, int base);
        int abs(int x);
        long labs(long x);
        double strtod(String s, Pointer end);
        int toupper(int c);
        int snprintf(byte[] buf, int size, String fmt, Object... args);
        String getenv(String name);
        int setenv(String name, String value, int overwrite);
        Pointer memset(Pointer p, int c, long n);
        int strcmp(String a, String b);
        int open(String path, int flags);
        int close(int fd);
        DivT div(int num, int den);
        int gettimeofday(TimeVal tv, Pointer tz);
        void qsort(Pointer base, int n, int size, Compare cmp);
        int sscanf(String s, String fmt, IntByReference a, IntByReference b);

        interface Compare extends Callback {
            int invoke(Pointer a, Pointer b);
        }
    }

    @Structure.FieldOrder({"quot", "rem"})
    public static class DivT extends Structure implements Structure.ByValue {
        public int quot;
        public int rem;
    }

    @Structure.FieldOrder({"tv_sec", "tv_usec"})
    public static class TimeVal extends Structure {
        public NativeLong tv_sec;
        public NativeLong tv_usec;
    }

    public static void main(String[] args) {
        CLib c = CLib.INSTANCE;
        System.out.println("strlen " + c.strlen("h\u00e9llo"));
        PointerByReference end = new PointerByReference();
        System.out.println("strtol " + c.strtol("  -0x1fz", end, 16) + " rest " + end.getValue().getString(0));
        System.out.println("abs " + c.abs(-42) + " labs " + c.labs(-(1L << 40)));
        System.out.println("strtod " + c.strtod("2.5e3", null));
        System.out.println("toupper " + (char) c.toupper('q'));
        byte[] buf = new byte[64];
        int n = c.snprintf(buf, buf.length, "%d|%5.2f|%s|%c|%lld", 7, 3.14159, "str", (int) 'Z', 1L << 40);
        System.out.println("snprintf " + n + " " + Native.toString(buf));
        c.setenv("JNA_TEST_VAR", "value \u00e9", 1);
        System.out.println("getenv " + c.getenv("JNA_TEST_VAR") + " missing " + c.getenv("JNA_NO_SUCH_VAR"));
        System.out.println("strcmp " + Integer.signum(c.strcmp("abc", "abd")) + " " + c.strcmp("x", "x"));
        int fd = c.open("/nonexistent/file", 0);
        System.out.println("open " + fd + " errno " + Native.getLastError());
        DivT d = c.div(47, 5);
        System.out.println("div " + d.quot + " " + d.rem);
        TimeVal tv = new TimeVal();
        System.out.println("gettimeofday " + c.gettimeofday(tv, null) + " positive " + (tv.tv_sec.longValue() > 0));

        Memory m = new Memory(5 * 4);
        int[] values = {42, -7, 19, 0, 3};
        m.write(0, values, 0, values.length);
        int[] calls = {0};
        c.qsort(m, values.length, 4, (a, b) -> {
            calls[0]++;
            return Integer.compare(a.getInt(0), b.getInt(0));
        });
        System.out.println("qsort " + Arrays.toString(m.getIntArray(0, values.length)) + " called back "
                + (calls[0] > 0));
        Memory z = new Memory(8);
        c.memset(z, 0xab, 8);
        System.out.println("memset " + Long.toHexString(z.getLong(0)));
        IntByReference x = new IntByReference(), y = new IntByReference();
        System.out.println("sscanf " + c.sscanf("12 34", "%d %d", x, y) + " " + x.getValue() + " " + y.getValue());
        Pointer p = new Memory(16);
        p.setString(0, "native");
        System.out.println("pointer string " + p.getString(0) + " byte " + p.getByte(1));
        System.out.println("struct " + new DivT().size());
    }
}

// Boxing caches: Integer/Short/Byte/Long/Character -128..127 (Character 0..127), Boolean,
// valueOf vs new, autoboxing through ==, unboxing null, equals across types.
import java.util.ArrayList;
import java.util.List;

public class BoxingCache {
    @SuppressWarnings({"removal", "deprecation", "unlikely-arg-type"})
    public static void main(String[] args) {
        int[] ints = {-129, -128, 0, 127, 128, 1000};
        for (int i : ints) {
            Integer a = i;
            Integer b = i;
            Integer c = Integer.valueOf(i);
            System.out.println("Integer " + i + ": a==b " + (a == b) + ", a==valueOf " + (a == c) + ", equals " + a.equals(b)
                    + ", a==i (unboxed) " + (a == i));
        }
        Integer x127 = Integer.valueOf(127), y127 = Integer.valueOf(127);
        Integer x128 = Integer.valueOf(128), y128 = Integer.valueOf(128);
        System.out.println("Integer.valueOf(127)==Integer.valueOf(127): " + (x127 == y127));
        System.out.println("Integer.valueOf(128)==Integer.valueOf(128): " + (x128 == y128));
        System.out.println("new Integer(5)==new Integer(5): " + (new Integer(5) == new Integer(5)));
        System.out.println("new Integer(5)==Integer.valueOf(5): " + (new Integer(5) == Integer.valueOf(5)));
        long[] longs = {-129L, -128L, 127L, 128L};
        for (long l : longs) {
            Long a = l;
            Long b = Long.valueOf(l);
            System.out.println("Long " + l + ": == " + (a == b) + ", equals " + a.equals(b));
        }
        char[] chars = {'\0', 'A', (char) 127, (char) 128, '中'};
        for (char ch : chars) {
            Character a = ch;
            Character b = Character.valueOf(ch);
            System.out.println("Character " + (int) ch + ": == " + (a == b));
        }
        short[] shorts = {-128, 127, 128};
        for (short s : shorts) {
            Short a = s;
            Short b = s;
            System.out.println("Short " + s + ": == " + (a == b));
        }
        for (int i = -128; i <= 127; i += 85) {
            Byte a = (byte) i;
            Byte b = Byte.valueOf((byte) i);
            System.out.println("Byte " + i + ": == " + (a == b));
        }
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), t3 = Boolean.valueOf(true);
        System.out.println("Boolean: " + (t1 == t2) + " " + (t1 == t3) + " " + (t1 == Boolean.TRUE) + " "
                + (new Boolean(true) == Boolean.TRUE) + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf(null));
        Double d1 = 1.0, d2 = 1.0;
        Float f1 = 1.0f, f2 = 1.0f;
        System.out.println("Double 1.0 ==: " + (d1 == d2) + ", equals " + d1.equals(d2) + "; Float ==: " + (f1 == f2));
        Integer i1 = 10;
        Long l1 = 10L;
        System.out.println("Integer(10).equals(Long(10)): " + i1.equals(l1) + ", l1 == 10: " + (l1 == 10)
                + ", l1.equals(10): " + l1.equals(10) + ", l1.equals(10L): " + l1.equals(10L));
        Object o = 'x';
        Object n = 42;
        Object dd = 4.2;
        Object ll = 42L;
        System.out.println("autobox types: " + o.getClass().getName() + " " + n.getClass().getName() + " "
                + dd.getClass().getName() + " " + ll.getClass().getName());
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(i * 100);
        }
        list.remove(Integer.valueOf(100));
        list.remove(0);
        System.out.println("list.remove(Object) vs remove(index): " + list);
        Integer sum = 0;
        for (int i = 0; i < 300; i++) {
            sum += 1;
        }
        System.out.println("sum via boxing: " + sum + ", sum == 300: " + (sum == 300) + ", sum.equals(300): "
                + sum.equals(300));
        Integer cond = null;
        try {
            int bad = cond;
            System.out.println("unexpected " + bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NPE");
        }
        Integer tern = true ? 1 : Integer.valueOf(2);
        Object mixed = true ? 1 : "s";
        Object num = true ? Integer.valueOf(1) : Double.valueOf(2.0);
        System.out.println("ternary: " + tern + " " + mixed + " " + num + " (" + num.getClass().getSimpleName() + ")");
        System.out.println("compare: " + Integer.compare(3, 5) + " " + Integer.valueOf(200).compareTo(100) + " "
                + Character.compare('b', 'a') + " " + Boolean.compare(false, true));
        System.out.println("sum/max/min: " + Integer.sum(3, 4) + " " + Long.max(3L, 9L) + " " + Double.min(-0.0, 0.0));
        System.out.println("Integer.MAX_VALUE cached? " + (Integer.valueOf(Integer.MAX_VALUE) == Integer.valueOf(Integer.MAX_VALUE)));
    }
}

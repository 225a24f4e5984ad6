// Seed 002 (Demo1_11): strings are interned and dropped in a 10 MB heap (-Xmx10m
// -XX:+PrintStringTableStatistics -XX:+PrintGCDetails -verbose:gc): the young collections
// remove the unreferenced ones from the StringTable, so its entry count at exit stays far
// below the number interned. Changed: 100000 strings instead of 10000, which JDK 17's
// smaller start-up footprint lets fit in eden without any collection.
public class Demo1_11 {
    public static void main(String[] args) {
        int i = 0;
        try {
            for (int j = 0; j < 100000; j++) {
                String.valueOf(j).intern();
                i++;
            }
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            System.out.println(i);
        }
    }
}

// What Runtime reports with -Xms64m -Xmx64m: maxMemory and totalMemory leave out one
// survivor space (it is always empty between collections), as the Serial collector reports.
public class HeapSizes {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("maxMemory " + rt.maxMemory() / 1024 + "K");
        System.out.println("totalMemory " + rt.totalMemory() / 1024 + "K");
        System.out.println("free <= total: " + (rt.freeMemory() <= rt.totalMemory()));
    }
}

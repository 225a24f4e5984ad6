// Prints what the VM says about the processors and the heap it sized:
// Runtime.availableProcessors() (os::active_processor_count, so
// -XX:ActiveProcessorCount) and Runtime.maxMemory() (MaxHeapSize less one
// survivor space for the Serial collector).
public class Processors {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("availableProcessors " + rt.availableProcessors());
        System.out.println("maxMemory " + rt.maxMemory());
    }
}

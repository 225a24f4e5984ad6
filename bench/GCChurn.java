// Benchmark: garbage-collector churn. A table of 65536 slots keeps a moving window of live
// objects (small nodes, short linked chains and int arrays of varying length, chosen by a
// linear congruential generator) while many more die young: young collections copy and
// promote, the old generation fills and is collected in full. Run once per collector by
// run.sh (GCChurnSerial, GCChurnParallel, GCChurnEpsilon).
// Usage: java GCChurn [rounds]   (default 40, about 8 MB allocated per round)
public class GCChurn {
    static final class Node {
        final int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Object[] table = new Object[1 << 16];
        long seed = 42, sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 100_000; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int x = (int) (seed >>> 33);
                int slot = x & (table.length - 1);
                Object o;
                switch ((x >>> 16) & 3) {
                    case 0:
                        o = new Node(x, null);
                        break;
                    case 1: {
                        Node n = null;
                        for (int k = 0; k < 4; k++) {
                            n = new Node(x + k, n);
                        }
                        o = n;
                        break;
                    }
                    case 2:
                        o = new int[(x >>> 20) & 31];
                        break;
                    default:
                        o = new Object[] {new Node(x, null), Integer.toString(x & 0xfff)};
                }
                // Keep one in four; the rest dies at once.
                if ((x & 0xc000_0000) == 0 || (x >>> 24 & 3) == 0) {
                    table[slot] = o;
                }
            }
            for (Object o : table) {
                if (o instanceof Node) {
                    for (Node n = (Node) o; n != null; n = n.next) {
                        sum += n.value & 0xff;
                    }
                } else if (o instanceof int[]) {
                    sum += ((int[]) o).length;
                } else if (o instanceof Object[]) {
                    sum += ((Object[]) o).length;
                }
            }
        }
        System.out.println("rounds=" + rounds + " sum=" + sum);
    }
}

// Identity hash codes as HotSpot makes them (hashCode=5, Marsaglia's xor-shift, 31 bits
// kept in the mark word): never 0, never negative, spread over all 31 bits, stable for an
// object, and System.identityHashCode agrees with Object.hashCode. Only properties are
// printed, never the values (which differ from run to run).
public class IdentityHashes {
    public static void main(String[] args) {
        Object[] objs = new Object[20_000];
        int[] first = new int[objs.length];
        boolean negative = false, zero = false, high = false;
        for (int i = 0; i < objs.length; i++) {
            objs[i] = new Object();
            int h = objs[i].hashCode();
            first[i] = h;
            negative |= h < 0;
            zero |= h == 0;
            high |= h >= 1 << 30;
        }
        System.gc(); // hashes survive the objects' moving
        boolean stable = true, agree = true;
        for (int i = 0; i < objs.length; i++) {
            stable &= objs[i].hashCode() == first[i];
            agree &= System.identityHashCode(objs[i]) == first[i];
        }
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (int h : first) distinct.add(h);
        System.out.println("negative: " + negative + ", zero: " + zero + ", some at or above 2^30: " + high);
        System.out.println("stable across a collection: " + stable + ", identityHashCode agrees: " + agree);
        System.out.println("at least 19990 distinct of 20000: " + (distinct.size() >= 19_990));
        System.out.println("identityHashCode(null): " + System.identityHashCode(null));
    }
}

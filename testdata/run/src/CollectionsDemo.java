// Collections: ArrayList (add/insert/remove/set/indexOf/subList views), LinkedList as list
// and deque, HashMap/HashSet with String and Integer keys (deterministic iteration order for
// these keys), TreeMap navigation (floor/ceiling/higher/lower/head/tail/sub/descending/
// first/last/poll), TreeSet, ArrayDeque as stack and queue, PriorityQueue poll order (natural
// and with comparator), Collections.sort/reverse/shuffle(new Random(42))/max/min/frequency/
// nCopies/unmodifiable, Arrays.sort, List.of/Map.of/Set.of used only through get/contains,
// Iterator.remove, ConcurrentModificationException, LinkedHashMap access order (LRU),
// computeIfAbsent/merge/getOrDefault/putIfAbsent, BitSet, Random sequences.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class CollectionsDemo {
    public static void main(String[] args) {
        lists();
        maps();
        navigation();
        dequesAndQueues();
        utilities();
        immutables();
        iteration();
        misc();
    }

    static void lists() {
        List<String> list = new ArrayList<>();
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) {
            list.add(s);
        }
        list.add(2, "very");
        list.set(0, "THE");
        System.out.println(list + " size=" + list.size() + " indexOf(the)=" + list.indexOf("the") + " lastIndexOf(the)="
                + list.lastIndexOf("the") + " contains(fox)=" + list.contains("fox"));
        list.remove("fox");
        list.remove(0);
        System.out.println(list);
        List<String> sub = list.subList(1, 4);
        System.out.println("subList " + sub);
        sub.set(0, "QUICK");
        sub.remove(1);
        sub.add("inserted");
        System.out.println("after subList edits " + list + " sub=" + sub);
        sub.clear();
        System.out.println("after sub.clear " + list);
        ArrayList<Integer> ints = new ArrayList<>(List.of(5, 1, 4));
        ints.addAll(1, List.of(9, 9));
        ints.ensureCapacity(100);
        ints.trimToSize();
        System.out.println(ints + " equals " + ints.equals(Arrays.asList(5, 9, 9, 1, 4)) + " hash " + ints.hashCode());
        LinkedList<String> linked = new LinkedList<>(List.of("b", "c"));
        linked.addFirst("a");
        linked.addLast("d");
        linked.add(2, "x");
        System.out.println("linked " + linked + " first=" + linked.getFirst() + " last=" + linked.getLast() + " peek="
                + linked.peek() + " pollLast=" + linked.pollLast() + " -> " + linked);
        ListIterator<String> li = linked.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("x")) {
                li.set("X");
                li.add("after-X");
            }
        }
        System.out.println("listIterator " + linked);
        while (li.hasPrevious()) {
            System.out.print(li.previous() + (li.hasPrevious() ? "<" : "\n"));
        }
        try {
            new ArrayList<>(List.of(1)).get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE: " + e.getMessage());
        }
        try {
            new LinkedList<String>().getFirst();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException: " + e.getMessage());
        }
    }

    static void maps() {
        Map<String, Integer> hm = new HashMap<>();
        String[] words = "one two three four five six seven eight nine ten eleven twelve apple banana zebra".split(" ");
        for (int i = 0; i < words.length; i++) {
            hm.put(words[i], i + 1);
        }
        System.out.println("HashMap " + hm);
        System.out.println("keySet " + hm.keySet());
        System.out.println("values " + hm.values());
        hm.remove("six");
        hm.put("one", 100);
        hm.putIfAbsent("one", -1);
        hm.putIfAbsent("thirteen", 13);
        hm.merge("two", 5, Integer::sum);
        hm.compute("three", (k, v) -> v == null ? 0 : v * 10);
        hm.computeIfPresent("four", (k, v) -> null);
        System.out.println("after edits " + hm + " getOrDefault(zzz)=" + hm.getOrDefault("zzz", -7));
        Map<Integer, String> im = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            im.put(i * 37 % 101 - 50, "v" + i);
        }
        im.put(null, "null key");
        System.out.println("Integer keys " + im);
        System.out.println("null key get " + im.get(null) + " containsKey(null) " + im.containsKey(null));
        Set<String> hs = new HashSet<>(Arrays.asList(words));
        hs.add("apple");
        hs.add("Aa");
        hs.add("BB");
        System.out.println("HashSet " + hs + " size " + hs.size());
        Set<Integer> bigInts = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            bigInts.add(i * 1000003);
        }
        System.out.println("HashSet<Integer> " + bigInts);
        Map<String, List<String>> groups = new TreeMap<>();
        for (String w : words) {
            groups.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>()).add(w);
        }
        System.out.println("computeIfAbsent " + groups);
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) {
            freq.merge(c, 1, Integer::sum);
        }
        System.out.println("freq " + freq);
        LinkedHashMap<String, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > 3;
            }
        };
        lru.put("a", 1);
        lru.put("b", 2);
        lru.put("c", 3);
        lru.get("a");
        lru.put("d", 4);
        System.out.println("LRU access order " + lru);
        LinkedHashMap<String, Integer> insertion = new LinkedHashMap<>();
        insertion.put("z", 1);
        insertion.put("y", 2);
        insertion.put("z", 3);
        System.out.println("LinkedHashMap insertion order " + insertion + " LinkedHashSet "
                + new LinkedHashSet<>(List.of("q", "w", "e")));
        Map<String, Integer> copy = new HashMap<>(hm);
        System.out.println("equals " + copy.equals(hm) + " hashCode " + hm.hashCode() + " entry " + Map.entry("k", 1));
    }

    static void navigation() {
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 10; i <= 100; i += 10) {
            tm.put(i, "v" + i);
        }
        System.out.println("TreeMap " + tm);
        System.out.println("floorKey(35)=" + tm.floorKey(35) + " ceilingKey(35)=" + tm.ceilingKey(35) + " higherKey(40)="
                + tm.higherKey(40) + " lowerKey(40)=" + tm.lowerKey(40) + " floorKey(5)=" + tm.floorKey(5)
                + " ceilingEntry(95)=" + tm.ceilingEntry(95) + " higherEntry(100)=" + tm.higherEntry(100));
        System.out.println("firstKey=" + tm.firstKey() + " lastEntry=" + tm.lastEntry() + " headMap(30)=" + tm.headMap(30)
                + " headMap(30,true)=" + tm.headMap(30, true) + " tailMap(80)=" + tm.tailMap(80) + " subMap(20,50)="
                + tm.subMap(20, 50));
        NavigableMap<Integer, String> desc = tm.descendingMap();
        System.out.println("descending " + desc.keySet() + " descending first " + desc.firstKey());
        System.out.println("pollFirst " + tm.pollFirstEntry() + " pollLast " + tm.pollLastEntry() + " now " + tm.keySet());
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("b", 1);
        ci.put("A", 2);
        ci.put("B", 3);
        ci.put("a", 4);
        System.out.println("case-insensitive TreeMap " + ci);
        TreeSet<String> ts = new TreeSet<>(List.of("pear", "apple", "fig", "kiwi", "banana"));
        System.out.println("TreeSet " + ts + " first=" + ts.first() + " last=" + ts.last() + " floor(c)=" + ts.floor("c")
                + " ceiling(c)=" + ts.ceiling("c") + " headSet(kiwi)=" + ts.headSet("kiwi") + " tailSet(kiwi)="
                + ts.tailSet("kiwi") + " descendingSet=" + ts.descendingSet() + " pollFirst=" + ts.pollFirst());
        TreeSet<Integer> byDigitSum = new TreeSet<>((a, b) -> {
            int c = Integer.compare(a % 10 + a / 10, b % 10 + b / 10);
            return c != 0 ? c : Integer.compare(a, b);
        });
        byDigitSum.addAll(List.of(19, 28, 55, 10, 91, 37));
        System.out.println("TreeSet with comparator " + byDigitSum);
        try {
            new TreeMap<Object, String>().put(new Object(), "x");
        } catch (ClassCastException e) {
            System.out.println("TreeMap non-comparable key: ClassCastException");
        }
    }

    static void dequesAndQueues() {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) {
            stack.push(i);
        }
        System.out.print("stack pop:");
        while (!stack.isEmpty()) {
            System.out.print(" " + stack.pop());
        }
        System.out.println();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.offer("a");
        queue.offer("b");
        queue.offerFirst("front");
        queue.offerLast("back");
        System.out.println("queue " + queue + " peekFirst " + queue.peekFirst() + " peekLast " + queue.peekLast());
        StringBuilder sb = new StringBuilder();
        while (!queue.isEmpty()) {
            sb.append(queue.poll()).append(' ');
        }
        System.out.println("queue poll order " + sb + "poll on empty " + queue.poll());
        try {
            queue.pop();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("pop on empty: NoSuchElementException " + e.getMessage());
        }
        try {
            queue.offer(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        ArrayDeque<Integer> ring = new ArrayDeque<>(2);
        for (int i = 0; i < 40; i++) {
            ring.addLast(i);
            if (i % 3 == 0) {
                ring.removeFirst();
            }
        }
        System.out.println("ring " + ring + " descending first " + ring.descendingIterator().next());
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(42, 7, 19, 3, 88, 7, 1, 56));
        System.out.print("PriorityQueue natural:");
        while (!pq.isEmpty()) {
            System.out.print(" " + pq.poll());
        }
        System.out.println();
        PriorityQueue<String> pqs = new PriorityQueue<>((a, b) -> a.length() != b.length() ? b.length() - a.length()
                : a.compareTo(b));
        pqs.addAll(List.of("ccc", "a", "bb", "dddd", "aa", "b", "eee"));
        System.out.print("PriorityQueue longest first:");
        while (!pqs.isEmpty()) {
            System.out.print(" " + pqs.poll());
        }
        System.out.println();
    }

    static void utilities() {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            nums.add(i);
        }
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffle(42) " + nums);
        Collections.shuffle(nums, new Random(7));
        System.out.println("shuffle(7) " + nums);
        Collections.sort(nums);
        System.out.println("sort " + nums);
        Collections.reverse(nums);
        System.out.println("reverse " + nums);
        Collections.sort(nums, Collections.reverseOrder());
        Collections.rotate(nums, 3);
        System.out.println("rotate " + nums);
        Collections.swap(nums, 0, 9);
        System.out.println("swap " + nums + " max " + Collections.max(nums) + " min " + Collections.min(nums)
                + " frequency " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " nCopies " + Collections.nCopies(3, "ab"));
        List<String> strs = new ArrayList<>(List.of("delta", "Alpha", "charlie", "bravo"));
        Collections.sort(strs);
        System.out.println("sort strings " + strs + " binarySearch(charlie) " + Collections.binarySearch(strs, "charlie"));
        Collections.sort(strs, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive " + strs + " disjoint " + Collections.disjoint(strs, List.of("x")));
        Integer[] arr = {5, 2, 8, 1, 9};
        Arrays.sort(arr, Collections.reverseOrder());
        System.out.println("Arrays.sort reverse " + Arrays.toString(arr));
        String[] sarr = {"bb", "a", "ccc", "dd"};
        Arrays.sort(sarr, (a, b) -> a.length() - b.length());
        System.out.println("stable sort by length " + Arrays.toString(sarr));
        List<String> unmod = Collections.unmodifiableList(strs);
        try {
            unmod.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable add: UnsupportedOperationException " + e.getMessage());
        }
        System.out.println("emptyList " + Collections.emptyList() + " singleton " + Collections.singletonList(7)
                + " emptyMap " + Collections.emptyMap());
        Random r = new Random(12345);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt(100)).append(' ');
        }
        sb.append(r.nextLong()).append(' ').append(r.nextDouble()).append(' ').append(r.nextBoolean()).append(' ')
                .append(r.nextGaussian()).append(' ').append(r.nextInt(5, 10)).append(' ').append(r.nextFloat());
        System.out.println("Random(12345) " + sb);
    }

    static void immutables() {
        List<Integer> lo = List.of(1, 2, 3);
        Map<String, Integer> mo = Map.of("a", 1, "b", 2, "c", 3);
        Set<String> so = Set.of("x", "y");
        System.out.println("List.of " + lo + " get " + lo.get(1) + " Map.of get " + mo.get("b") + " size " + mo.size()
                + " containsKey " + mo.containsKey("c") + " Set.of contains " + so.contains("y") + " " + so.contains("z"));
        try {
            lo.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of add: UnsupportedOperationException " + e.getMessage());
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("List.of null: NPE");
        }
        try {
            Set.of("a", "a");
        } catch (IllegalArgumentException e) {
            System.out.println("Set.of duplicate: " + e.getMessage());
        }
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("Map.of duplicate: " + e.getMessage());
        }
        System.out.println("List.copyOf " + List.copyOf(new ArrayList<>(List.of(3, 4))) + " sorted Map.of keys "
                + new TreeMap<>(mo) + " sorted Set.of " + new TreeSet<>(so));
        System.out.println("Arrays.asList set ok: " + setFirst(Arrays.asList("p", "q")));
        try {
            Arrays.asList("p").add("r");
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList add: UnsupportedOperationException");
        }
    }

    static List<String> setFirst(List<String> l) {
        l.set(0, "P");
        return l;
    }

    static void iteration() {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("Iterator.remove evens " + list);
        try {
            for (Integer i : list) {
                if (i == 3) {
                    list.remove(i);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("ConcurrentModificationException " + e.getMessage());
        }
        try {
            Map<String, Integer> m = new HashMap<>();
            m.put("a", 1);
            m.put("b", 2);
            m.put("c", 3);
            for (String k : m.keySet()) {
                m.put(k + "x", 2);
            }
            System.out.println("no CME? " + m);
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap CME " + e.getMessage());
        }
        List<Integer> safe = new ArrayList<>(List.of(1, 2, 3));
        for (Integer i : safe) {
            if (i == 2) {
                safe.remove(i);
            }
        }
        System.out.println("removing the second-to-last element does not throw: " + safe);
        try {
            Iterator<Integer> it2 = safe.iterator();
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        Map<String, Integer> tm = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        tm.entrySet().removeIf(e -> e.getValue() == 2);
        for (Map.Entry<String, Integer> e : tm.entrySet()) {
            e.setValue(e.getValue() * 10);
        }
        System.out.println("entry setValue " + tm);
    }

    static void misc() {
        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(5, 9);
        bits.clear(6);
        BitSet other = new BitSet();
        other.set(5);
        other.set(63);
        other.set(64);
        System.out.println("BitSet " + bits + " cardinality " + bits.cardinality() + " nextClear(5) " + bits.nextClearBit(5)
                + " length " + bits.length() + " other " + other + " longs " + Arrays.toString(other.toLongArray()));
        bits.and(other);
        System.out.println("and " + bits);
        int[] data = {9, 4, 7, 1};
        Arrays.sort(data);
        System.out.println("Arrays.sort ints " + Arrays.toString(data));
        Object[] objs = {"b", "a", "c"};
        Arrays.sort(objs);
        System.out.println("Arrays.sort objects " + Arrays.toString(objs));
    }
}

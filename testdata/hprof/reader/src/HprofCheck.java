import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.graalvm.visualvm.lib.jfluid.heap.*;

/**
 * Reads a heap dump with NetBeans' heap library (VisualVM's, from the Debian visualvm
 * package) and prints what the gojvm heap dump tests compare, one fact per line:
 *
 *   heap classes=N instances=N
 *   count CLASS N                  instances per class (classes with any), sorted by name
 *   root KIND N                    GC roots per kind, sorted by kind
 *   thread NAME frames=N           each thread object root, with its stack trace
 *     at FRAME                     (StackTraceElement.toString)
 *   framerootmax NAME DEPTH        the deepest Java-frame or JNI-local root of a thread
 *   dangling N                     references (fields, statics, array elements, roots)
 *                                  to objects the dump does not hold, then the first ones
 *   instance CLASS FIELD=VALUE...  for each instance of the classes named by -inspect=
 *   static CLASS FIELD=VALUE...    and their static fields
 *
 * Usage: java -cp classes:<visualvm heap jar> HprofCheck DUMP [-inspect=A,B,...]
 */
public class HprofCheck {
    public static void main(String[] args) throws Exception {
        Heap heap = HeapFactory.createHeap(new File(args[0]));
        Set<String> inspect = new TreeSet<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-inspect=")) {
                inspect.addAll(Arrays.asList(args[i].substring(9).split(",")));
            }
        }
        List<JavaClass> classes = new ArrayList<>(heap.getAllClasses());
        classes.sort(Comparator.comparing(JavaClass::getName).thenComparing(JavaClass::getJavaClassId));
        long instances = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (JavaClass c : classes) {
            instances += c.getInstancesCount();
            if (c.getInstancesCount() > 0) {
                counts.merge(c.getName(), c.getInstancesCount(), Integer::sum);
            }
        }
        System.out.println("heap classes=" + classes.size() + " instances=" + instances);
        counts.forEach((k, v) -> System.out.println("count " + k + " " + v));

        Map<String, Integer> roots = new TreeMap<>();
        List<String> dangling = new ArrayList<>();
        Map<Instance, Integer> deepest = new HashMap<>();
        for (GCRoot r : heap.getGCRoots()) {
            roots.merge(r.getKind(), 1, Integer::sum);
            if (r.getInstance() == null) {
                dangling.add("root " + r.getKind() + " -> " + Long.toHexString(RawIds.root(r)));
            }
            ThreadObjectGCRoot t = null;
            int depth = -1;
            if (r instanceof JavaFrameGCRoot) {
                t = ((JavaFrameGCRoot) r).getThreadGCRoot();
                depth = ((JavaFrameGCRoot) r).getFrameNumber();
            } else if (r instanceof JniLocalGCRoot) {
                t = ((JniLocalGCRoot) r).getThreadGCRoot();
                depth = ((JniLocalGCRoot) r).getFrameNumber();
            }
            if (t != null && t.getInstance() != null) {
                deepest.merge(t.getInstance(), depth, Math::max);
            }
        }
        roots.forEach((k, v) -> System.out.println("root " + k + " " + v));
        List<String> threads = new ArrayList<>();
        for (GCRoot r : heap.getGCRoots()) {
            if (r instanceof ThreadObjectGCRoot && r.getInstance() != null) {
                ThreadObjectGCRoot t = (ThreadObjectGCRoot) r;
                StringBuilder b = new StringBuilder();
                String name = string(t.getInstance().getValueOfField("name"));
                StackTraceElement[] st = t.getStackTrace();
                b.append("thread ").append(name).append(" frames=").append(st == null ? 0 : st.length).append('\n');
                if (st != null) {
                    for (StackTraceElement e : st) {
                        b.append("  at ").append(e).append('\n');
                    }
                }
                if (deepest.containsKey(t.getInstance())) {
                    b.append("framerootmax ").append(name).append(' ').append(deepest.get(t.getInstance())).append('\n');
                }
                threads.add(b.toString());
            }
        }
        Collections.sort(threads);
        threads.forEach(System.out::print);

        List<String> inspected = new ArrayList<>();
        for (JavaClass c : classes) {
            for (FieldValue v : c.getStaticFieldValues()) {
                checkRef(v, "static " + c.getName() + "." + v.getField().getName(), dangling);
            }
            if (inspect.contains(c.getName())) {
                StringBuilder b = new StringBuilder("static " + c.getName());
                for (FieldValue v : c.getStaticFieldValues()) {
                    b.append(' ').append(v.getField().getName()).append('=').append(value(v));
                }
                inspected.add(b.toString());
            }
        }
        for (Iterator<Instance> it = heap.getAllInstancesIterator(); it.hasNext(); ) {
            Instance i = it.next();
            String cn = i.getJavaClass().getName();
            if (i instanceof ObjectArrayInstance) {
                long[] ids = RawIds.elements((ObjectArrayInstance) i);
                for (int k = 0; k < ids.length; k++) {
                    if (ids[k] != 0 && heap.getInstanceByID(ids[k]) == null && heap.getJavaClassByID(ids[k]) == null) {
                        dangling.add(cn + "[" + k + "] -> " + Long.toHexString(ids[k]));
                    }
                }
            } else if (!(i instanceof PrimitiveArrayInstance)) {
                for (FieldValue v : i.getFieldValues()) {
                    checkRef(v, cn + "." + v.getField().getName(), dangling);
                }
            }
            if (inspect.contains(cn)) {
                StringBuilder b = new StringBuilder("instance " + cn);
                for (FieldValue v : i.getFieldValues()) {
                    b.append(' ').append(v.getField().getName()).append('=').append(value(v));
                }
                inspected.add(b.toString());
            }
        }
        System.out.println("dangling " + dangling.size());
        dangling.stream().limit(10).forEach(d -> System.out.println("  " + d));
        Collections.sort(inspected);
        inspected.forEach(System.out::println);
    }

    static void checkRef(FieldValue v, String where, List<String> dangling) {
        if (v instanceof ObjectFieldValue) {
            long id = RawIds.field(v);
            Heap heap = v.getField().getDeclaringClass().getHeap();
            if (id != 0 && ((ObjectFieldValue) v).getInstance() == null && heap.getJavaClassByID(id) == null) {
                dangling.add(where + " -> " + Long.toHexString(id));
            }
        }
    }

    // value renders a field's value: primitives as the library gives them, strings as
    // "..." (decoded from their byte[] by coder), arrays as type[length] with the classes
    // of an object array's elements, classes as class NAME, other objects by class name.
    static String value(FieldValue v) {
        if (!(v instanceof ObjectFieldValue)) {
            return v.getValue();
        }
        Instance i = ((ObjectFieldValue) v).getInstance();
        if (i == null) {
            JavaClass c = v.getField().getDeclaringClass().getHeap().getJavaClassByID(RawIds.field(v));
            return c != null ? "class " + c.getName() : "null";
        }
        return describe(i);
    }

    static String describe(Instance i) {
        String cn = i.getJavaClass().getName();
        if (cn.equals("java.lang.String")) {
            return '"' + string(i) + '"';
        }
        if (i instanceof PrimitiveArrayInstance) {
            return cn.replace("[]", "") + "[" + ((PrimitiveArrayInstance) i).getLength() + "]";
        }
        if (i instanceof ObjectArrayInstance) {
            Map<String, Integer> elems = new TreeMap<>();
            for (Instance e : ((ObjectArrayInstance) i).getValues()) {
                elems.merge(e == null ? "null" : e.getJavaClass().getName(), 1, Integer::sum);
            }
            StringBuilder b = new StringBuilder(cn.replace("[]", "") + "[" + ((ObjectArrayInstance) i).getLength() + "]{");
            elems.forEach((k, n) -> b.append(k).append('*').append(n).append(','));
            return b.append('}').toString();
        }
        return cn;
    }

    // string decodes a java.lang.String instance from its value and coder.
    static String string(Object o) {
        if (!(o instanceof Instance)) {
            return String.valueOf(o);
        }
        Instance s = (Instance) o;
        Object value = s.getValueOfField("value");
        Object coder = s.getValueOfField("coder");
        if (!(value instanceof PrimitiveArrayInstance)) {
            return "?";
        }
        List<String> items = ((PrimitiveArrayInstance) value).getValues();
        byte[] bytes = new byte[items.size()];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = Byte.parseByte(items.get(k));
        }
        boolean utf16 = coder != null && !"0".equals(String.valueOf(coder));
        return new String(bytes, utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }
}

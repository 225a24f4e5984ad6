package org.graalvm.visualvm.lib.jfluid.heap;

// The identifiers a dump holds where the library only offers the objects
// they resolve to (null both for a null reference and for one to an object
// the dump lacks): in the library's own package, to reach its
// package-private accessors. HprofCheck uses them to find dangling
// references.
public final class RawIds {
    private RawIds() {}

    public static long field(FieldValue v) {
        if (v instanceof HprofInstanceObjectValue) {
            return ((HprofInstanceObjectValue) v).getInstanceId();
        }
        if (v instanceof HprofFieldObjectValue) {
            return ((HprofFieldObjectValue) v).getInstanceID();
        }
        throw new IllegalArgumentException("not a reference field: " + v.getClass());
    }

    public static long[] elements(ObjectArrayInstance a) {
        ObjectArrayDump d = (ObjectArrayDump) a;
        HprofByteBuffer buf = d.dumpClass.getHprofBuffer();
        long[] ids = new long[d.getLength()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = buf.getID(d.getOffset() + (long) i * buf.idSize);
        }
        return ids;
    }

    public static long root(GCRoot r) {
        return ((HprofGCRoot) r).getInstanceId();
    }
}

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the hand-assembled classes of the verifier corpus: classes whose code
 * HotSpot's verifier or class-file parser rejects, and that no compiler emits.
 * Each is a class with a main method, so that `java -cp classes Name` shows
 * what HotSpot says. Usage: java MakeCorpus.java <output dir>.
 */
public class MakeCorpus {
    /** One class file under construction: its constant pool and methods. */
    static class ClassDef {
        final String name;
        int major = 52, minor = 0;
        String superName = "java/lang/Object";
        final Map<String, Integer> pool = new LinkedHashMap<>();
        final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
        final DataOutputStream cp = new DataOutputStream(poolBytes);
        int poolCount = 1;
        final List<MethodDef> methods = new ArrayList<>();
        final List<byte[]> classAttrs = new ArrayList<>();

        ClassDef(String name) { this.name = name; }
        ClassDef(String name, int major) { this.name = name; this.major = major; }

        interface IOAction { void run() throws IOException; }

        int entry(String key, IOAction body) {
            Integer i = pool.get(key);
            if (i != null) return i;
            try { body.run(); } catch (IOException e) { throw new UncheckedIOException(e); }
            pool.put(key, poolCount);
            return poolCount++;
        }
        int utf8(String s) { return entry("U" + s, () -> { cp.writeByte(1); cp.writeUTF(s); }); }
        int cls(String n) { int u = utf8(n); return entry("C" + n, () -> { cp.writeByte(7); cp.writeShort(u); }); }
        int string(String s) { int u = utf8(s); return entry("S" + s, () -> { cp.writeByte(8); cp.writeShort(u); }); }
        int integer(int v) { return entry("I" + v, () -> { cp.writeByte(3); cp.writeInt(v); }); }
        int nameType(String n, String d) {
            int a = utf8(n), b = utf8(d);
            return entry("N" + n + d, () -> { cp.writeByte(12); cp.writeShort(a); cp.writeShort(b); });
        }
        int ref(int tag, String owner, String n, String d) {
            int c = cls(owner), nt = nameType(n, d);
            return entry("R" + tag + owner + "." + n + d, () -> { cp.writeByte(tag); cp.writeShort(c); cp.writeShort(nt); });
        }
        int field(String o, String n, String d) { return ref(9, o, n, d); }
        int method(String o, String n, String d) { return ref(10, o, n, d); }
        int imethod(String o, String n, String d) { return ref(11, o, n, d); }

        MethodDef add(int access, String n, String d, int maxStack, int maxLocals, Code code) {
            MethodDef m = new MethodDef(access, n, d, maxStack, maxLocals, code);
            methods.add(m);
            return m;
        }
        MethodDef main(int maxStack, int maxLocals, Code code) {
            return add(0x0009, "main", "([Ljava/lang/String;)V", maxStack, maxLocals, code);
        }

        /** Code that prints s with System.out.println. */
        Code println(Code c, String s) {
            return c.op(0xb2).u2(field("java/lang/System", "out", "Ljava/io/PrintStream;"))
                    .op(0x12, string(s))
                    .op(0xb6).u2(method("java/io/PrintStream", "println", "(Ljava/lang/String;)V"));
        }

        byte[] bytes() throws IOException {
            int thisClass = cls(name), superClass = cls(superName), codeName = utf8("Code");
            int smtName = utf8("StackMapTable");
            for (MethodDef m : methods) {
                m.nameIndex = utf8(m.name);
                m.descIndex = utf8(m.desc);
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(file);
            d.writeInt(0xCAFEBABE);
            d.writeShort(minor);
            d.writeShort(major);
            d.writeShort(poolCount);
            d.write(poolBytes.toByteArray());
            d.writeShort(0x0021);
            d.writeShort(thisClass);
            d.writeShort(superClass);
            d.writeShort(0);
            d.writeShort(0);
            d.writeShort(methods.size());
            for (MethodDef m : methods) {
                d.writeShort(m.access);
                d.writeShort(m.nameIndex);
                d.writeShort(m.descIndex);
                if (m.code == null) {
                    d.writeShort(0);
                    continue;
                }
                d.writeShort(1);
                byte[] code = m.code.bytes();
                byte[] smt = m.code.stackMap();
                d.writeShort(codeName);
                int attrLen = 2 + 2 + 4 + code.length + 2 + 8 * m.handlers.size() + 2;
                if (smt != null) attrLen += 6 + smt.length;
                d.writeInt(attrLen);
                d.writeShort(m.maxStack);
                d.writeShort(m.maxLocals);
                d.writeInt(code.length);
                d.write(code);
                d.writeShort(m.handlers.size());
                for (int[] h : m.handlers) {
                    for (int v : h) d.writeShort(v);
                }
                if (smt == null) {
                    d.writeShort(0);
                } else {
                    d.writeShort(1);
                    d.writeShort(smtName);
                    d.writeInt(smt.length);
                    d.write(smt);
                }
            }
            d.writeShort(0);
            return file.toByteArray();
        }
    }

    static class MethodDef {
        final int access, maxStack, maxLocals;
        final String name, desc;
        final Code code;
        final List<int[]> handlers = new ArrayList<>();
        int nameIndex, descIndex;
        MethodDef(int access, String name, String desc, int maxStack, int maxLocals, Code code) {
            this.access = access; this.name = name; this.desc = desc;
            this.maxStack = maxStack; this.maxLocals = maxLocals; this.code = code;
        }
        MethodDef handler(int start, int end, int handler, int catchType) {
            handlers.add(new int[] {start, end, handler, catchType});
            return this;
        }
    }

    /** A method body, and optionally its StackMapTable as raw frames. */
    static class Code {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream frames;
        int frameCount;
        int pc() { return out.size(); }
        Code op(int... bytes) { for (int b : bytes) out.write(b); return this; }
        Code u2(int v) { out.write(v >> 8); out.write(v); return this; }
        Code u4(int v) { return u2(v >>> 16).u2(v & 0xffff); }
        /** Adds raw stack_map_frame bytes. */
        Code frame(int... bytes) {
            if (frames == null) frames = new ByteArrayOutputStream();
            for (int b : bytes) frames.write(b);
            frameCount++;
            return this;
        }
        byte[] bytes() { return out.toByteArray(); }
        byte[] stackMap() {
            if (frames == null) return null;
            byte[] f = frames.toByteArray();
            byte[] b = new byte[2 + f.length];
            b[0] = (byte) (frameCount >> 8);
            b[1] = (byte) frameCount;
            System.arraycopy(f, 0, b, 2, f.length);
            return b;
        }
    }

    static final List<ClassDef> classes = new ArrayList<>();

    static ClassDef def(String name) {
        ClassDef c = new ClassDef(name);
        classes.add(c);
        return c;
    }

    public static void main(String[] args) throws IOException {
        ClassDef c;

        // An int where a reference is expected (the receiver of a call).
        c = def("BadIntAsRef");
        c.main(1, 1, new Code().op(0x11).u2(1234)                  // sipush 1234
                .op(0xb6).u2(c.method("java/lang/Object", "toString", "()Ljava/lang/String;"))
                .op(0x57, 0xb1));                                // pop return

        // pop on an empty operand stack.
        c = def("BadUnderflow");
        c.main(1, 1, new Code().op(0x57, 0xb1));

        // wide istore 65535 with max_locals 1.
        c = def("BadWideStore");
        c.main(1, 1, new Code().op(0x03, 0xc4, 0x36).u2(65535).op(0xb1));

        // iadd on two references.
        c = def("BadIaddRefs");
        c.main(2, 1, new Code().op(0x2a, 0x2a, 0x60, 0x57, 0xb1));

        // String.length() called on an Integer.
        c = def("BadLengthOnInteger");
        c.main(1, 1, new Code().op(0x10, 5)
                .op(0xb8).u2(c.method("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;"))
                .op(0xb6).u2(c.method("java/lang/String", "length", "()I"))
                .op(0x57, 0xb1));

        // String.<init>(String) run again on a string literal.
        c = def("BadReinitLiteral");
        c.main(2, 1, new Code().op(0x12, c.string("abc")).op(0x12, c.string("XYZ"))
                .op(0xb7).u2(c.method("java/lang/String", "<init>", "(Ljava/lang/String;)V"))
                .op(0xb1));

        // monitorenter on an int.
        c = def("BadMonitorInt");
        c.main(1, 1, new Code().op(0x03, 0xc2, 0xb1));

        // A method called on an uninitialized object.
        c = def("BadUninitUse");
        c.main(2, 1, new Code().op(0xbb).u2(c.cls("java/lang/Object"))
                .op(0xb6).u2(c.method("java/lang/Object", "hashCode", "()I"))
                .op(0x57, 0xb1));

        // An endless loop pushing a value each time round: the stack map frame at the
        // loop head says the stack is empty.
        c = def("BadPushLoop");
        c.main(1, 1, new Code().op(0x03, 0xa7, 0xff, 0xff)       // iconst_0 goto -1
                .frame(0));                                      // same_frame at 0

        // The same loop in a version 49 class (no stack map: the inference verifier).
        c = def("BadPushLoopOld");
        c.major = 49;
        c.main(1, 1, new Code().op(0x03, 0xa7, 0xff, 0xff));

        // Two pushes with max_stack 1.
        c = def("BadStackOverflow");
        c.main(1, 1, new Code().op(0x03, 0x03, 0x57, 0x57, 0xb1));

        // The last instruction falls off the end of the code.
        c = def("BadFallOff");
        c.main(1, 1, new Code().op(0x03, 0x57));

        // ret in a version 52 class.
        c = def("BadRetNew");
        c.main(1, 2, new Code().op(0x03, 0x3c, 0xa9, 1));

        // ret to whatever int is in a local, version 49.
        c = def("BadRetOld");
        c.major = 49;
        c.main(1, 2, new Code().op(0x10, 5, 0x3c, 0xa9, 1));

        // A branch into the middle of an instruction.
        c = def("BadBranchMiddle");
        c.main(1, 1, new Code().op(0x11, 0, 0, 0xa7, 0xff, 0xfe, 0xb1)); // sipush 0; goto 2

        // A branch before the code.
        c = def("BadBranchBefore");
        c.main(1, 1, new Code().op(0xa7, 0x80, 0x00, 0xb1));

        // Returning a value from a void method.
        c = def("BadReturnValue");
        c.main(1, 1, new Code().op(0x03, 0xac));

        // An unverifiable method that is never called: java runs main unless the class is
        // verified (see the -XX:-BytecodeVerificationRemote tests).
        c = def("BadUncalled");
        c.println(c.main(2, 1, new Code()).code, "main ran");
        c.methods.get(0).code.op(0xb1);
        c.add(0x0009, "bad", "()V", 1, 0, new Code().op(0x57, 0xb1));

        // Constructor that returns without calling super().
        c = def("BadNoSuperInit");
        c.add(0x0001, "<init>", "()V", 1, 1, new Code().op(0xb1));
        c.main(2, 1, new Code().op(0xbb).u2(c.cls("BadNoSuperInit")).op(0x59)
                .op(0xb7).u2(c.method("BadNoSuperInit", "<init>", "()V")).op(0x57, 0xb1));

        // A stack map frame that does not match the code: local 1 is said to be an int,
        // but on the way there it is a String.
        c = def("BadStackMapLocal");
        c.main(1, 2, new Code().op(0x12, c.string("s"), 0x4c)     // ldc "s" astore_1
                .op(0xa7, 0, 3)                                   // goto 6
                .op(0xb1)                                         // 6: return
                .frame(255, 0, 6, 0, 2, 7, 0, 0, 1, 0));          // full_frame @6 locals [String[]?]

        // A branch target without a stack map frame (version 50+ must have one).
        c = def("BadNoFrame");
        c.main(1, 1, new Code().op(0xa7, 0, 3, 0xb1));

        // getfield on an int.
        c = def("BadGetfieldInt");
        c.main(1, 1, new Code().op(0x03)
                .op(0xb4).u2(c.field("java/lang/Integer", "value", "I")).op(0x57, 0xb1));

        // aaload on an int[].
        c = def("BadAaloadIntArray");
        c.main(2, 1, new Code().op(0x04, 0xbc, 10, 0x03, 0x32, 0x57, 0xb1));

        // An exception handler whose catch type is not a Throwable.
        c = def("BadCatchType");
        c.main(1, 1, new Code().op(0x00, 0xb1, 0x57, 0xb1).frame(66, 7, 0, 0)).handler(0, 1, 2, 0)
                .handler(0, 1, 2, c.cls("java/lang/String"));

        oldClasses();
        failover();

        for (ClassDef cd : classes) {
            Path out = Path.of(args[0], cd.name + ".class");
            Files.createDirectories(out.getParent());
            Files.write(out, cd.bytes());
        }
    }

    /** Code that prints the int in local n with System.out.println. */
    static Code printLocal(ClassDef c, Code code, int n) {
        return code.op(0xb2).u2(c.field("java/lang/System", "out", "Ljava/io/PrintStream;"))
                .op(0x15, n)
                .op(0xb6).u2(c.method("java/io/PrintStream", "println", "(I)V"));
    }

    /**
     * Classes older than version 50, which HotSpot verifies with its
     * type-inference verifier: subroutines (jsr/ret) as javac 1.4 compiled
     * finally blocks, switches, wide locals, and code that verifier rejects.
     */
    static void oldClasses() {
        ClassDef c;
        Code k;

        // try/finally as javac 1.4 compiled it: the finally block is a subroutine
        // called from the normal path and from the catch-all handler.
        c = def("OldJsrFinally");
        c.major = 49;
        k = c.println(new Code(), "body")                        // 0
                .op(0xa8, 0, 10)                                 // 8: jsr 18
                .op(0xb1)                                        // 11: return
                .op(0x4d, 0xa8, 0, 5, 0x2c, 0xbf);               // 12: astore_2 jsr 18 aload_2 athrow
        c.println(k.op(0x4c), "finally").op(0xa9, 1);            // 18: astore_1 ... ret 1
        c.main(2, 3, k).handler(0, 8, 12, 0);

        // Nested subroutines; the outer one changes a local the caller reads after it.
        c = def("OldJsrNested");
        c.major = 46;
        k = new Code().op(0x04, 0x3c, 0xa8, 0, 12);               // iconst_1 istore_1 jsr 14
        printLocal(c, k, 1).op(0xb1);                             // 5: print local 1; 13: return
        k.op(0x4d, 0x08, 0x3c, 0xa8, 0, 5, 0xa9, 2);              // 14: astore_2 iconst_5 istore_1 jsr 22 ret 2
        c.println(k.op(0x4e), "in S2").op(0xa9, 3);               // 22: astore_3 ... ret 3
        c.main(2, 4, k);

        // wide astore and wide ret, version 45.3.
        c = def("OldWideRet");
        c.major = 45;
        c.minor = 3;
        k = new Code().op(0xa8, 0, 4, 0xb1)                       // jsr 4 return
                .op(0xc4, 0x3a, 1, 44);                           // 4: wide astore 300
        c.println(k, "wide ret").op(0xc4, 0xa9, 1, 44);           // 16: wide ret 300
        c.main(2, 301, k);

        // tableswitch and lookupswitch with their zero padding.
        c = def("OldSwitch");
        c.major = 48;
        k = new Code().op(0x05)                                   // 0: iconst_2
                .op(0xaa, 0, 0).u4(27).u4(1).u4(3).u4(27).u4(36).u4(27); // 1: tableswitch
        c.println(k, "other").op(0xb1);                          // 28: "other" return
        c.println(k, "two").op(0x10, 7)                           // 37: "two" bipush 7
                .op(0xab).u4(34).u4(2).u4(3).u4(34).u4(7).u4(25); // 47: lookupswitch
        c.println(k, "seven").op(0xb1);                          // 72: "seven" return
        k.op(0xb1);                                              // 81: return
        c.main(2, 1, k);

        // A subroutine that may call itself (it does not when run unverified).
        c = def("BadOldRecursiveJsr", 49);
        c.main(1, 2, new Code().op(0xa8, 0, 4, 0xb1, 0x4c, 0x04, 0x9a, 0, 6, 0xa8, 0xff, 0xfb, 0xa9, 1));

        // Two rets of one subroutine.
        c = def("BadOldMultiRet", 49);
        c.main(1, 2, new Code().op(0xa8, 0, 4, 0xb1, 0x4c, 0x03, 0x99, 0, 5, 0xa9, 1, 0xa9, 1));

        // The return address loaded as a reference.
        c = def("BadOldLoadRetAddr", 49);
        c.main(1, 2, new Code().op(0xa8, 0, 4, 0xb1, 0x4c, 0x2b, 0x57, 0xa9, 1));

        // A local read before anything is stored in it.
        c = def("BadOldUninitReg", 49);
        c.main(1, 2, new Code().op(0x1b, 0x57, 0xb1));

        // A constructor that does not call super().
        c = def("BadOldNoSuper", 49);
        c.add(0x0001, "<init>", "()V", 1, 1, new Code().op(0xb1));
        c.main(2, 1, new Code().op(0xbb).u2(c.cls("BadOldNoSuper")).op(0x59)
                .op(0xb7).u2(c.method("BadOldNoSuper", "<init>", "()V")).op(0x57, 0xb1));

        // Code falling off its end.
        c = def("BadOldFallOff", 49);
        c.main(1, 1, new Code().op(0x03, 0x57));

        // A switch with a padding byte that is not zero.
        c = def("BadOldSwitchPadding", 49);
        c.main(1, 1, new Code().op(0x03, 0xaa, 1, 0).u4(19).u4(0).u4(0).u4(19).op(0xb1));

        // An exception range starting inside an instruction.
        c = def("BadOldExcRange", 49);
        c.main(1, 1, new Code().op(0x11, 0, 1, 0x57, 0xb1)).handler(1, 4, 4, 0);

        // athrow of an int[].
        c = def("BadOldAthrowArray", 49);
        c.main(1, 1, new Code().op(0x04, 0xbc, 10, 0xbf));

        // pop of half a long.
        c = def("BadOldLongSplit", 49);
        c.main(2, 1, new Code().op(0x09, 0x57, 0xb1));

        // ireturn from a void method.
        c = def("BadOldWrongReturn", 49);
        c.main(1, 1, new Code().op(0x03, 0xac));

        // ldc of a class before version 49.
        c = def("BadOldLdcClass", 48);
        c.main(1, 1, new Code().op(0x12, c.cls("java/lang/String"), 0x57, 0xb1));

        // A class in a package: the message names it with slashes.
        c = def("old/BadOldPkg", 49);
        c.main(1, 1, new Code().op(0x57, 0xb1));

        // Two bad methods: the old verifier checks the last method first.
        c = def("BadOldTwoMethods", 49);
        c.println(c.main(2, 1, new Code()).code, "main ran").op(0xb1);
        c.add(0x0009, "a", "()V", 1, 0, new Code().op(0x57, 0xb1));
        c.add(0x0009, "b", "()V", 2, 0, new Code().op(0x01, 0x01, 0x60, 0x57, 0xb1));

        // String.length() called on an Integer.
        c = def("BadOldWrongReceiver", 49);
        c.main(1, 1, new Code().op(0x10, 5)
                .op(0xb8).u2(c.method("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;"))
                .op(0xb6).u2(c.method("java/lang/String", "length", "()I"))
                .op(0x57, 0xb1));

        // A null and an int meet on the stack.
        c = def("BadOldMergeStack", 49);
        c.main(1, 1, new Code().op(0x03, 0x99, 0, 8, 0x01, 0xa7, 0, 5, 0x00, 0x03, 0x57, 0xb1));

        // An uninitialized object passed to a method.
        c = def("BadOldUninitArg", 49);
        c.main(2, 1, new Code().op(0xbb).u2(c.cls("java/lang/Object"))
                .op(0xb8).u2(c.method("java/lang/String", "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;"))
                .op(0x57, 0xb1));
    }

    /**
     * Version 50 classes that the type checker rejects: HotSpot verifies them
     * again by type inference and runs them if that accepts them.
     */
    static void failover() {
        ClassDef c;
        Code k;

        // A stack map frame that contradicts the code, which is otherwise fine.
        c = def("FailoverOk", 50);
        k = c.println(new Code(), "failover ok")                  // 0
                .op(0x12, c.string("s"), 0x4c)                     // 8: ldc "s" astore_1
                .op(0xa7, 0, 3)                                   // 11: goto 14
                .op(0xb1)                                         // 14: return
                .frame(255, 0, 14, 0, 2, 7, c.cls("[Ljava/lang/String;") >> 8,
                        c.cls("[Ljava/lang/String;") & 0xff, 1, 0, 0);
        c.main(2, 2, k);

        // jsr and ret, which the type checker does not accept.
        c = def("FailoverJsr", 50);
        k = c.println(new Code(), "body").op(0xa8, 0, 4, 0xb1);   // 8: jsr 12; 11: return
        c.println(k.op(0x4c), "finally").op(0xa9, 1);            // 12: astore_1 ... ret 1
        c.main(2, 2, k);

        // Code neither verifier accepts: the type checker's message is thrown.
        c = def("FailoverBad", 50);
        c.main(2, 1, new Code().op(0x2a, 0x2a, 0x60, 0x57, 0xb1));
    }

    static ClassDef def(String name, int major) {
        ClassDef c = def(name);
        c.major = major;
        return c;
    }
}

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes JsrRet.class, a version 49 class file whose methods use jsr, jsr_w,
 * ret and wide ret: instructions javac stopped emitting with Java 6, so no
 * compiler here can make them. Usage: java MakeJsrRet.java <output dir>.
 */
public class MakeJsrRet {
    // Constant pool, built on demand.
    static final Map<String, Integer> pool = new LinkedHashMap<>();
    static final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
    static final DataOutputStream cp = new DataOutputStream(poolBytes);
    static int poolCount = 1;

    static int entry(String key, int tag, IOAction body) throws IOException {
        Integer i = pool.get(key);
        if (i != null) return i;
        body.run();
        pool.put(key, poolCount);
        return poolCount++;
    }
    interface IOAction { void run() throws IOException; }

    static int utf8(String s) throws IOException {
        return entry("U" + s, 1, () -> { cp.writeByte(1); cp.writeUTF(s); });
    }
    static int cls(String name) throws IOException {
        int n = utf8(name);
        return entry("C" + name, 7, () -> { cp.writeByte(7); cp.writeShort(n); });
    }
    static int string(String s) throws IOException {
        int n = utf8(s);
        return entry("S" + s, 8, () -> { cp.writeByte(8); cp.writeShort(n); });
    }
    static int nameType(String name, String desc) throws IOException {
        int n = utf8(name), d = utf8(desc);
        return entry("N" + name + desc, 12, () -> { cp.writeByte(12); cp.writeShort(n); cp.writeShort(d); });
    }
    static int ref(int tag, String owner, String name, String desc) throws IOException {
        int c = cls(owner), nt = nameType(name, desc);
        return entry("R" + tag + owner + "." + name + desc, tag, () -> { cp.writeByte(tag); cp.writeShort(c); cp.writeShort(nt); });
    }
    static int field(String o, String n, String d) throws IOException { return ref(9, o, n, d); }
    static int method(String o, String n, String d) throws IOException { return ref(10, o, n, d); }

    /** A method body under construction, with labels patched at the end. */
    static class Code {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> labels = new LinkedHashMap<>();
        final List<int[]> fixups = new ArrayList<>(); // {position of operand, instruction start, width}
        final List<String> fixupLabels = new ArrayList<>();
        int pc() { return out.size(); }
        Code op(int... bytes) { for (int b : bytes) out.write(b); return this; }
        Code u2(int v) { out.write(v >> 8); out.write(v); return this; }
        Code label(String l) { labels.put(l, pc()); return this; }
        Code branch(int opcode, String l) { return jump(opcode, l, 2); }
        Code jump(int opcode, String l, int width) {
            int start = pc();
            out.write(opcode);
            fixups.add(new int[] {pc(), start, width});
            fixupLabels.add(l);
            for (int i = 0; i < width; i++) out.write(0);
            return this;
        }
        byte[] bytes() {
            byte[] b = out.toByteArray();
            for (int i = 0; i < fixups.size(); i++) {
                int[] f = fixups.get(i);
                int off = labels.get(fixupLabels.get(i)) - f[1];
                for (int k = 0; k < f[2]; k++) b[f[0] + k] = (byte) (off >> (8 * (f[2] - 1 - k)));
            }
            return b;
        }
    }

    record MethodDef(String name, String desc, int maxStack, int maxLocals, byte[] code) {}

    public static void main(String[] args) throws IOException {
        String self = "JsrRet";
        int out = field("java/lang/System", "out", "Ljava/io/PrintStream;");
        int println = method("java/io/PrintStream", "println", "(Ljava/lang/String;)V");
        int printlnI = method("java/io/PrintStream", "println", "(I)V");
        List<MethodDef> methods = new ArrayList<>();

        // static int once(int x): try { x *= 2 } finally { println; x++ } old style:
        // the finally block is a subroutine called by jsr and left by ret.
        Code c = new Code();
        c.op(0x1a, 0x05, 0x68, 0x3b)                              // iload_0 iconst_2 imul istore_0
         .branch(0xa8, "fin")                                     // jsr fin
         .op(0x1a, 0xac)                                          // iload_0 ireturn
         .label("fin").op(0x4c)                                   // astore_1 (return address)
         .op(0xb2).u2(out).op(0x12, string("in finally subroutine")).op(0xb6).u2(println)
         .op(0x84, 0, 1)                                          // iinc 0 1
         .op(0xa9, 1);                                            // ret 1
        methods.add(new MethodDef("once", "(I)I", 2, 2, c.bytes()));

        // static int twice(int x): one subroutine called from two places with jsr_w;
        // ret must go back to the right one each time.
        c = new Code();
        c.jump(0xc9, "sub", 4)                                    // jsr_w sub
         .op(0x1a, 0x3c)                                          // iload_0 istore_1 (first result)
         .jump(0xc9, "sub", 4)                                    // jsr_w sub
         .op(0x1a, 0x1b, 0x64, 0xac)                              // iload_0 iload_1 isub ireturn
         .label("sub").op(0x4d)                                   // astore_2
         .op(0x84, 0, 10)                                         // iinc 0 10
         .op(0xa9, 2);                                            // ret 2
        methods.add(new MethodDef("twice", "(I)I", 2, 3, c.bytes()));

        // static int wide(int x): the return address lives in local 300 (wide astore, wide ret).
        c = new Code();
        c.branch(0xa8, "sub")                                     // jsr sub
         .op(0x1a, 0xac)                                          // iload_0 ireturn
         .label("sub").op(0xc4, 0x3a).u2(300)                     // wide astore 300
         .op(0xc4, 0x84).u2(0).u2(1000)                           // wide iinc 0 1000
         .op(0xc4, 0xa9).u2(300);                                 // wide ret 300
        methods.add(new MethodDef("wide", "(I)I", 1, 301, c.bytes()));

        // static int nested(int x): subroutine A calls subroutine B; both return.
        c = new Code();
        c.branch(0xa8, "A")                                       // jsr A
         .op(0x1a, 0xac)                                          // iload_0 ireturn
         .label("A").op(0x4c)                                     // astore_1
         .op(0x1a, 0x10, 3, 0x68, 0x3b)                           // x = x * 3
         .branch(0xa8, "B")                                       // jsr B
         .op(0xa9, 1)                                             // ret 1
         .label("B").op(0x4d)                                     // astore_2
         .op(0x84, 0, 7)                                          // iinc 0 7
         .op(0xa9, 2);                                            // ret 2
        methods.add(new MethodDef("nested", "(I)I", 2, 3, c.bytes()));

        // static int loop(int n): a subroutine called in a loop; returns the sum 1..n.
        c = new Code();
        c.op(0x03, 0x3c)                                          // iconst_0 istore_1 (sum)
         .label("top").op(0x1a).branch(0x9e, "done")              // iload_0 ifle done
         .branch(0xa8, "add")                                     // jsr add
         .op(0x84, 0, 0xff)                                       // iinc 0 -1
         .branch(0xa7, "top")                                     // goto top
         .label("done").op(0x1b, 0xac)                            // iload_1 ireturn
         .label("add").op(0x4d)                                   // astore_2
         .op(0x1b, 0x1a, 0x60, 0x3c)                              // sum += n
         .op(0xa9, 2);                                            // ret 2
        methods.add(new MethodDef("loop", "(I)I", 2, 3, c.bytes()));

        // static void poly(int n): the subroutine is called once while local 1 holds a
        // fresh String and once while it holds an int, each time with System.out on the
        // operand stack; the subroutine leaves local 1 alone (so each return point sees
        // its own caller's type there) and allocates 2000 strings, so that a collection
        // (forced often under GOJVM_GC_STRESS) moves the String and the PrintStream while
        // the frame is inside the subroutine.
        int valueOf = method("java/lang/String", "valueOf", "(I)Ljava/lang/String;");
        c = new Code();
        c.op(0x1a).op(0xb8).u2(valueOf).op(0x4c)                 // local 1 = String.valueOf(n)
         .op(0xb2).u2(out)                                        // getstatic System.out
         .branch(0xa8, "sub")                                     // jsr sub
         .op(0x2b).op(0xb6).u2(println)                           // aload_1 println(String)
         .op(0x08, 0x3c)                                          // iconst_5 istore_1
         .op(0xb2).u2(out)                                        // getstatic System.out
         .branch(0xa8, "sub")                                     // jsr sub
         .op(0x1b).op(0xb6).u2(printlnI)                          // iload_1 println(int)
         .op(0xb1)                                                // return
         .label("sub").op(0x4d)                                   // astore_2
         .op(0x03, 0x3e)                                          // iconst_0 istore_3
         .label("top").op(0x1d).op(0x11).u2(2000).branch(0xa2, "end") // iload_3 sipush 2000 if_icmpge
         .op(0x1d).op(0xb8).u2(valueOf).op(0x57)                  // String.valueOf(i), popped
         .op(0x84, 3, 1).branch(0xa7, "top")                      // iinc 3 1, goto top
         .label("end").op(0xa9, 2);                               // ret 2
        methods.add(new MethodDef("poly", "(I)V", 3, 4, c.bytes()));

        // static int swapSub(int a, int b): b - a through nop and swap, which javac never
        // emits; then swap of a reference and an int, and 2000 strings allocated while the
        // int lies above... below System.out on the stack (so that a collection must know
        // which of the two is the reference), swapped back before println(int).
        c = new Code();
        c.op(0x1a, 0x1b, 0x00, 0x5f, 0x64)                        // iload_0 iload_1 nop swap isub
         .op(0x3c)                                                // istore_1
         .op(0xb2).u2(out).op(0x1b)                               // getstatic System.out, iload_1
         .op(0x5f, 0x00)                                          // swap nop: [int, PrintStream]
         .op(0x03, 0x3b)                                          // iconst_0 istore_0
         .label("top").op(0x1a).op(0x11).u2(2000).branch(0xa2, "end") // iload_0 sipush 2000 if_icmpge
         .op(0x1a).op(0xb8).u2(valueOf).op(0x57)                  // String.valueOf(i), popped
         .op(0x84, 0, 1).branch(0xa7, "top")                      // iinc 0 1, goto top
         .label("end").op(0x5f)                                   // swap: [PrintStream, int]
         .op(0xb6).u2(printlnI)                                   // println(int)
         .op(0x1b, 0xac);                                         // iload_1 ireturn
        methods.add(new MethodDef("swapSub", "(II)I", 4, 2, c.bytes()));

        // main: print each result.
        c = new Code();
        c.op(0x10, 123).op(0xb8).u2(method(self, "poly", "(I)V"));  // poly(123)
        c.op(0xb2).u2(out).op(0x10, 10, 0x10, 3)                     // swapSub(10, 3)
         .op(0xb8).u2(method(self, "swapSub", "(II)I")).op(0xb6).u2(printlnI);
        String[][] calls = {{"once", "5"}, {"twice", "1"}, {"wide", "-1"}, {"nested", "2"}, {"loop", "10"}};
        for (String[] call : calls) {
            c.op(0xb2).u2(out)
             .op(0x12, string(call[0] + "(" + call[1] + ") =")).op(0xb6).u2(println)
             .op(0xb2).u2(out)
             .op(0x10, Integer.parseInt(call[1]) & 0xff)          // bipush
             .op(0xb8).u2(method(self, call[0], "(I)I"))           // invokestatic
             .op(0xb6).u2(printlnI);
        }
        c.op(0xb1);                                               // return
        methods.add(new MethodDef("main", "([Ljava/lang/String;)V", 4, 1, c.bytes()));

        int thisClass = cls(self), superClass = cls("java/lang/Object"), codeName = utf8("Code");
        int[][] nameDesc = new int[methods.size()][];
        for (int i = 0; i < methods.size(); i++) {
            nameDesc[i] = new int[] {utf8(methods.get(i).name()), utf8(methods.get(i).desc())};
        }

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(file);
        d.writeInt(0xCAFEBABE);
        d.writeShort(0);
        d.writeShort(49);                                         // Java 5: jsr/ret allowed, no StackMapTable
        d.writeShort(poolCount);
        d.write(poolBytes.toByteArray());
        d.writeShort(0x0021);                                     // ACC_PUBLIC | ACC_SUPER
        d.writeShort(thisClass);
        d.writeShort(superClass);
        d.writeShort(0);                                          // interfaces
        d.writeShort(0);                                          // fields
        d.writeShort(methods.size());
        for (int i = 0; i < methods.size(); i++) {
            MethodDef m = methods.get(i);
            d.writeShort(0x0009);                                 // ACC_PUBLIC | ACC_STATIC
            d.writeShort(nameDesc[i][0]);
            d.writeShort(nameDesc[i][1]);
            d.writeShort(1);
            d.writeShort(codeName);
            d.writeInt(2 + 2 + 4 + m.code().length + 2 + 2);
            d.writeShort(m.maxStack());
            d.writeShort(m.maxLocals());
            d.writeInt(m.code().length);
            d.write(m.code());
            d.writeShort(0);                                      // exception table
            d.writeShort(0);                                      // attributes
        }
        d.writeShort(0);                                          // class attributes
        Files.write(Path.of(args[0], self + ".class"), file.toByteArray());
    }
}

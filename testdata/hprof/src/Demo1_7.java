// Seed 002 (Demo1_7): a class loader that defines class after class fills the metaspace,
// bounded by -XX:MaxMetaspaceSize=8m, until OutOfMemoryError "Metaspace". Changed: the
// class files are written by hand (a tiny generator below) instead of with ASM's
// ClassWriter, and instead of the count of classes, which depends on how big each VM's
// class metadata is, the program prints the error and whether more than 1000 classes fit.
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

public class Demo1_7 extends ClassLoader {
    public static void main(String[] args) throws IOException {
        int j = 0;
        try {
            Demo1_7 test = new Demo1_7();
            for (int i = 0; i < 100000; i++, j++) {
                // 版本号,public,类名,包名,父类,接口
                byte[] code = classFile("Class" + i);
                // 执行类的加载
                test.defineClass("Class" + i, code, 0, code.length);
            }
        } catch (OutOfMemoryError e) {
            System.out.println(e);
        } finally {
            System.out.println("more than 1000 classes: " + (j > 1000));
        }
    }

    // classFile returns a version 52 class file for "public class <name>" with no members.
    static byte[] classFile(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);  // minor version
        out.writeShort(52); // major version: Java 8
        out.writeShort(5);  // constant pool count
        out.writeByte(7);   // #1 Class #2
        out.writeShort(2);
        out.writeByte(1);   // #2 Utf8 name
        out.writeUTF(name);
        out.writeByte(7);   // #3 Class #4
        out.writeShort(4);
        out.writeByte(1);   // #4 Utf8 java/lang/Object
        out.writeUTF("java/lang/Object");
        out.writeShort(0x0021); // ACC_PUBLIC | ACC_SUPER
        out.writeShort(1);      // this class
        out.writeShort(3);      // super class
        out.writeShort(0);      // interfaces
        out.writeShort(0);      // fields
        out.writeShort(0);      // methods
        out.writeShort(0);      // attributes
        return bytes.toByteArray();
    }
}

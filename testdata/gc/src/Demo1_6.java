// Seed 002 (Demo1_6): 200 students holding 1 MB each stay reachable from a list, so a
// collection cannot free them: with -Xlog:gc* the log shows the old generation holding
// about 200 MB after System.gc(). Changed: the program calls System.gc() and prints the
// list's size instead of sleeping for jconsole and jvisualvm.
import java.util.ArrayList;
import java.util.List;

public class Demo1_6 {
    public static void main(String[] args) throws InterruptedException {
        List<Student> list = new ArrayList<>(200);
        for (int i = 0; i < 200; i++) {
            list.add(new Student());
        }
        System.gc();
        System.out.println(list.size() + " students");
    }
}

class Student {
    private byte[] big = new byte[1024 * 1024];
}

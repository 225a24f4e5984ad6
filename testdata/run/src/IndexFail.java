// Uncaught ArrayIndexOutOfBoundsException "Index 5 out of bounds for length 3" from user
// code (after a caught StringIndexOutOfBounds and a caught IndexOutOfBounds message).
import java.util.ArrayList;
import java.util.List;

public class IndexFail {
    public static void main(String[] args) {
        int[] data = {10, 20, 30};
        for (int i = 0; i < data.length; i++) {
            System.out.println("data[" + i + "] = " + data[i]);
        }
        List<Integer> list = new ArrayList<>();
        list.add(1);
        try {
            list.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            "abc".substring(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("caught: " + e.getMessage());
        }
        int idx = 5;
        System.out.println("reading data[" + idx + "]");
        System.out.println(data[idx]);
    }
}

// Compiled with -g:none: no SourceFile, LineNumberTable or LocalVariableTable at all.
import java.util.ArrayList;
import java.util.List;

public class NoDebug {
    private final List<String> items = new ArrayList<>();

    public int add(String item, int times) {
        for (int i = 0; i < times; i++) {
            items.add(item);
        }
        return items.size();
    }

    public static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}

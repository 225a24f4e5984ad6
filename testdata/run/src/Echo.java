// Reads standard input line by line (UTF-8) and echoes numbered, reversed and
// summed lines; exercises System.in through BufferedReader/InputStreamReader.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class Echo {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        long sum = 0;
        int words = 0;
        while ((line = in.readLine()) != null) {
            n++;
            System.out.println(n + ": " + line);
            System.out.println(n + "r " + new StringBuilder(line).reverse());
            for (String w : line.trim().split("\\s+")) {
                if (w.isEmpty()) continue;
                words++;
                try {
                    sum += Long.parseLong(w);
                } catch (NumberFormatException e) {
                    // not a number
                }
            }
        }
        System.out.println("lines=" + n + " words=" + words + " sum=" + sum);
        System.out.println("read after EOF: " + System.in.read());
    }
}

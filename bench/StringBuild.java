// Benchmark: string building: StringBuilder appends of ints/chars/strings, string
// concatenation with '+' in a loop (invokedynamic makeConcatWithConstants), substring,
// indexOf and hashCode. Prints lengths and hash codes (deterministic).
// Usage: java StringBuild [rounds]   (default 60)
public class StringBuild {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long totalLength = 0;
        int hash = 0;
        for (int r = 0; r < rounds; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                sb.append(i).append(',').append("item").append(i % 7 == 0 ? "!" : "").append(' ');
            }
            String big = sb.toString();
            totalLength += big.length();
            hash = 31 * hash + big.hashCode();
            String s = "";
            for (int i = 0; i < 300; i++) {
                s = s + i + ":" + (char) ('a' + i % 26) + ";";
            }
            totalLength += s.length();
            hash = 31 * hash + s.hashCode();
            int found = 0;
            int from = 0;
            while ((from = big.indexOf("item", from)) >= 0) {
                found++;
                from += 4;
            }
            hash = 31 * hash + found + big.substring(100, 200).hashCode();
        }
        System.out.println("rounds=" + rounds + " totalLength=" + totalLength + " hash=" + hash);
    }
}

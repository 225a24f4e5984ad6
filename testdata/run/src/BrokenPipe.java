// Writes until its standard output, a pipe whose reader has gone, fails: java ignores
// SIGPIPE, so PrintStream just records the error (checkError) and the program goes on.
// Not a golden test: cmd/gojvm/brokenpipe_test.go closes the pipe after the first line.
public class BrokenPipe {
    public static void main(String[] args) {
        for (int i = 0; i < 1_000_000 && !System.out.checkError(); i++) {
            System.out.println("line " + i);
        }
        System.err.println("checkError " + System.out.checkError());
    }
}

// Does not compile: the source launcher prints javac's diagnostics and "error: compilation
// failed", and java exits with status 1.
public class CompileError {
    public static void main(String[] args) {
        int x = "not an int";
        undefinedMethod(x);
    }
}

// Compiled with plain javac (default -g:source,lines): SourceFile and LineNumberTable,
// but no LocalVariableTable. Also has a second top-level class in the same file.
import java.util.function.IntUnaryOperator;

public class PlainCompiled {
    public int apply(int x) {
        IntUnaryOperator op = v -> v * v + x;
        return op.applyAsInt(x) + new Helper().help(x);
    }
}

class Helper {
    int help(int y) {
        try {
            return 100 / y;
        } catch (ArithmeticException e) {
            return 0;
        }
    }
}

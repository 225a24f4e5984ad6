// Enum with an abstract method and constant-specific class bodies (Operation$1 ...),
// implementing an interface, with a varargs-free private constructor.
package features;

import java.util.function.IntBinaryOperator;

public enum Operation implements IntBinaryOperator {
    PLUS("+") {
        @Override
        public int applyAsInt(int a, int b) {
            return a + b;
        }
    },
    MINUS("-") {
        @Override
        public int applyAsInt(int a, int b) {
            return a - b;
        }
    },
    TIMES("*") {
        @Override
        public int applyAsInt(int a, int b) {
            return a * b;
        }

        @Override
        public boolean commutative() {
            return true;
        }
    };

    private final String symbol;

    Operation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean commutative() {
        return false;
    }

    @Override
    public abstract int applyAsInt(int a, int b);
}

// Interface with abstract, default, static, private and private static methods,
// constants (implicit public static final with ConstantValue) and a nested class.
package features;

public interface Defaults {
    int ANSWER = 42;
    String NAME = "defaults";
    Object NON_CONSTANT = new Object();

    String name();

    default String greet() {
        return prefix() + name() + suffix();
    }

    default int answer() {
        return ANSWER;
    }

    static Defaults of(String n) {
        return () -> n;
    }

    private String prefix() {
        return "Hello, ";
    }

    private static String suffix() {
        return "!";
    }

    class Impl implements Defaults {
        @Override
        public String name() {
            return "impl";
        }

        @Override
        public String greet() {
            return Defaults.super.greet() + "?";
        }
    }
}

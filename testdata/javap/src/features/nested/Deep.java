// Deep nesting in a second package: inner classes of inner classes, anonymous classes
// inside inner classes and lambdas, local classes inside lambdas and constructors,
// a nested enum and a nested annotation type, and private access across nest members.
package features.nested;

import java.util.function.Supplier;

public class Deep {
    private int secret = 7;

    public class Level1 {
        private int l1 = secret + 1;

        public class Level2 {
            public int sum() {
                return secret + l1;
            }

            public Runnable anonymousInInner() {
                return new Runnable() {
                    @Override
                    public void run() {
                        secret += l1;
                    }
                };
            }
        }
    }

    public static class Static1 {
        public static class Static2 {
            public static class Static3 {
                public static final String WHERE = "deep";
            }
        }
    }

    public enum Mode {
        ON, OFF;

        public Mode flip() {
            return this == ON ? OFF : ON;
        }
    }

    public @interface Marker {
        String value() default "marker";
    }

    private final Object fromConstructor;

    public Deep() {
        class InConstructor {
            @Override
            public String toString() {
                return "ctor-local";
            }
        }
        fromConstructor = new InConstructor();
    }

    public Supplier<Object> localInLambda() {
        return () -> {
            class InLambda {
                final int s = secret;
            }
            return new InLambda();
        };
    }

    public Object anonymousInStaticInit() {
        return HOLDER;
    }

    private static final Object HOLDER = new Object() {
        @Override
        public String toString() {
            return "static-anon";
        }
    };
}

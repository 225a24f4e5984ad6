import java.util.function.Supplier;

// Loaded by ClassUnload's throw-away class loaders.
public class UnloadVictim {
    public static final Object shared = new StringBuilder("a static of UnloadVictim");

    public static void fail() {
        throw new IllegalStateException("thrown by UnloadVictim");
    }

    @Override
    public String toString() {
        Supplier<String> s = () -> "UnloadVictim of loader " + getClass().getClassLoader().getName();
        return s.get();
    }
}

// Compiled with plain javac (no -g): a record and an enum switch without local variable tables.
public record PlainRecord(String name, double weight) {
    public enum Kind { LIGHT, HEAVY }

    public Kind kind() {
        return weight > 10 ? Kind.HEAVY : Kind.LIGHT;
    }

    public String label() {
        switch (kind()) {
            case LIGHT:
                return name + " (light)";
            case HEAVY:
                return name + " (heavy)";
            default:
                throw new AssertionError();
        }
    }
}

// Abstract class with members of every access level (public / protected / package /
// private), abstract and concrete methods, and a protected constructor; used to test
// -public, -protected, -package and -p filtering.
package features;

public abstract class AbstractBase implements Comparable<AbstractBase> {
    public int publicField;
    protected int protectedField;
    int packageField;
    private int privateField;
    public static final String PUBLIC_CONST = "pc";
    protected static final int PROTECTED_CONST = 1;
    static final long PACKAGE_CONST = 2L;
    private static final double PRIVATE_CONST = 3.0;

    protected AbstractBase() {
    }

    AbstractBase(int packageCtor) {
        this.packageField = packageCtor;
    }

    public abstract String publicAbstract();

    protected abstract void protectedAbstract(int x) throws Exception;

    abstract int packageAbstract();

    public int publicMethod() {
        return privateMethod() + protectedField;
    }

    protected int protectedMethod() {
        return privateField;
    }

    int packageMethod() {
        return packageField;
    }

    private int privateMethod() {
        return publicField;
    }

    @Override
    public int compareTo(AbstractBase o) {
        return Integer.compare(publicField, o.publicField);
    }

    protected static class ProtectedInner {
    }

    static class PackageInner {
    }

    private static class PrivateInner {
    }
}

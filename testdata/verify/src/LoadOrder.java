/**
 * Verifying make() must check that a Derived is a Base, which loads both
 * classes: HotSpot loads them when it links LoadOrder, before main runs,
 * so -verbose:class shows them before "main starts".
 */
public class LoadOrder {
    static class Base {}

    static class Derived extends Base {}

    static Base make(boolean b) {
        return b ? new Derived() : null;
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        Base b = make(args.length == 0);
        System.out.println(b.getClass().getName());
    }
}

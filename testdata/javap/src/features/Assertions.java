// assert statements: synthetic static final $assertionsDisabled field initialized from
// desiredAssertionStatus() in <clinit>, and AssertionError construction.
package features;

public class Assertions {
    public static int checked(int x) {
        assert x >= 0 : "negative: " + x;
        assert x != 42;
        return x * 2;
    }

    class InnerWithAssert {
        void check(Object o) {
            assert o != null : o;
        }
    }
}

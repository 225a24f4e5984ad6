// A class in a named package, used by MiscRuntime (reflection, Class.forName, clone,
// getName/getSimpleName/getPackageName of packaged and nested classes).
package pkg;

public class Widget implements Cloneable {
    public static int initCount;
    private String label;
    private int[] sizes = {1, 2, 3};
    public long weight = 5;

    static {
        initCount++;
        System.out.println("pkg.Widget static init");
    }

    public Widget() {
        this("default");
    }

    public Widget(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String describe(String prefix, int times) {
        return prefix + label.repeat(times);
    }

    private String secret() {
        return "secret of " + label;
    }

    public static int twice(int x) {
        return x * 2;
    }

    public int[] sizes() {
        return sizes;
    }

    @Override
    public Widget clone() {
        try {
            Widget w = (Widget) super.clone();
            w.sizes = sizes.clone();
            return w;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return "Widget(" + label + ", " + java.util.Arrays.toString(sizes) + ", " + weight + ")";
    }

    public static class Part {
        public static class Screw {
        }
    }
}

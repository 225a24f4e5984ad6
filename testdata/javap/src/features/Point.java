// Record with a compact constructor, static members, an extra constructor, an
// explicit accessor override, and implementing an interface (Record attribute,
// ObjectMethods bootstrap with getter MethodHandles).
package features;

import java.io.Serializable;

public record Point(int x, int y) implements Comparable<Point>, Serializable {
    public static final Point ORIGIN = new Point(0, 0);
    private static int created;

    public Point {
        if (x < -1000 || y < -1000) {
            throw new IllegalArgumentException("out of range: " + x + "," + y);
        }
        created++;
    }

    public Point(int both) {
        this(both, both);
    }

    public static int created() {
        return created;
    }

    @Override
    public int x() {
        return x;
    }

    public double distance(Point o) {
        int dx = x - o.x, dy = y - o.y;
        return Math.sqrt(dx * dx + dy * dy);
    }

    @Override
    public int compareTo(Point o) {
        return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y);
    }
}

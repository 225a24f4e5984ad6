// Enum with a constructor, fields, methods and a static lookup built in <clinit>.
package features;

import java.util.HashMap;
import java.util.Map;

public enum Planet {
    MERCURY(3.303e+23, 2.4397e6),
    VENUS(4.869e+24, 6.0518e6),
    EARTH(5.976e+24, 6.37814e6);

    public static final double G = 6.67300E-11;
    private static final Map<String, Planet> BY_NAME = new HashMap<>();

    static {
        for (Planet p : values()) {
            BY_NAME.put(p.name().toLowerCase(), p);
        }
    }

    private final double mass;
    private final double radius;

    Planet(double mass, double radius) {
        this.mass = mass;
        this.radius = radius;
    }

    public double surfaceGravity() {
        return G * mass / (radius * radius);
    }

    public static Planet find(String name) {
        return BY_NAME.get(name);
    }
}

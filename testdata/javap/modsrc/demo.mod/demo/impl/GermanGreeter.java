// Service implementation with a static provider() method instead of a public constructor.
package demo.impl;

import demo.spi.Greeter;

public class GermanGreeter implements Greeter {
    private GermanGreeter() {
    }

    public static GermanGreeter provider() {
        return new GermanGreeter();
    }

    @Override
    public String greet(String name) {
        return "Hallo, " + name;
    }
}

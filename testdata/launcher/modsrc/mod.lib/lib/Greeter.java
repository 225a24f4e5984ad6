// The library module's exported API.
package lib;

import lib.internal.Names;

public class Greeter {
    public static String greet(String who) {
        return "hello, " + Names.decorate(who) + " (from " + Greeter.class.getModule().getName() + ")";
    }
}

// Exported API class of the demo.mod module.
package demo.api;

public class Api {
    public static String hello(String who) {
        return "hello " + who;
    }
}

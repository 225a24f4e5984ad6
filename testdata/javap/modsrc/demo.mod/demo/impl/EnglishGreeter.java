// Service implementation (provides Greeter with EnglishGreeter).
package demo.impl;

import demo.spi.Greeter;

public class EnglishGreeter implements Greeter {
    @Override
    public String greet(String name) {
        return "Hello, " + name;
    }
}

// Service interface used by 'uses' and 'provides ... with'.
package demo.spi;

public interface Greeter {
    String greet(String name);
}

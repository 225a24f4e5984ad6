// The only class of jars/nomain.jar, whose manifest has no Main-Class: java -jar refuses it.
package nomain;

public class Tool {
    public static void main(String[] args) {
        System.out.println("never run through -jar");
    }
}

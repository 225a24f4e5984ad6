/**
 * Class.forName of classes that fail verification or format checks: the
 * errors reach the caller as HotSpot throws them (initialize=true links and
 * verifies; initialize=false only loads, so only format errors show).
 */
public class ForNameVerify {
    public static void main(String[] args) {
        for (String name : args) {
            for (boolean init : new boolean[] {false, true}) {
                try {
                    Class<?> c = Class.forName(name, init, ForNameVerify.class.getClassLoader());
                    System.out.println(name + " init=" + init + ": loaded " + c.getName());
                } catch (Throwable t) {
                    String msg = String.valueOf(t.getMessage());
                    int nl = msg.indexOf('\n');
                    System.out.println(name + " init=" + init + ": " + t.getClass().getName() + ": "
                            + (nl < 0 ? msg : msg.substring(0, nl)));
                }
            }
        }
    }
}

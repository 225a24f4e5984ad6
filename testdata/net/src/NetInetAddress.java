// java.net.InetAddress: literals of both families (parsed by java, no
// lookup), names from /etc/hosts ("localhost" in any case), the loopback
// and wildcard addresses, getByAddress, reverse lookups of loopback, an
// unknown name under the reserved .invalid domain (UnknownHostException
// "name: <resolver's reason>", the reason masked only when it is one of
// the C library's own texts, since a machine without a name server gives
// a different one), isReachable on loopback, and caching.
import java.net.*;
import java.util.Arrays;

public class NetInetAddress {
    static final String[] GAI_REASONS = {
        "Name or service not known", "Temporary failure in name resolution", "No address associated with hostname",
    };

    static String unknownHost(String host, UnknownHostException e) {
        String m = e.getMessage();
        for (String r : GAI_REASONS) {
            if (m != null && m.equals(host + ": " + r)) {
                return "UnknownHostException: " + host + ": <resolver's reason>";
            }
        }
        return e.toString();
    }

    static void lookup(String host) {
        try {
            System.out.println("'" + host + "' -> " + Arrays.toString(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            System.out.println("'" + host + "' -> " + unknownHost(host, e));
        }
    }

    public static void main(String[] args) throws Exception {
        for (String h : new String[] {"127.0.0.1", "127.1", "1.2.3", "10.1", "::1", "::ffff:127.0.0.1", "[::1]", "0:0:0:0:0:0:0:1",
                "fe80::1%1", "::1%nosuch", "1::2::3", "[127.0.0.1]", "", "localhost", "LocalHost", "nosuch.invalid",
                "also.nosuch.invalid", "bad..name.invalid"}) {
            lookup(h);
        }
        lookup("nosuch.invalid"); // again: answered from the negative cache
        InetAddress lo = InetAddress.getLoopbackAddress();
        System.out.println("loopback " + lo + " isLoopback " + lo.isLoopbackAddress() + " " + lo.getClass().getSimpleName());
        System.out.println("byName(null) " + InetAddress.getByName(null));
        InetAddress a = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        System.out.println("getByAddress " + a + " host name " + a.getHostName() + " canonical " + a.getCanonicalHostName() + " now " + a);
        InetAddress named = InetAddress.getByAddress("given.invalid", new byte[] {127, 0, 0, 1});
        System.out.println("named " + named + " host " + named.getHostName() + " equals " + named.equals(a) + " hash " + (named.hashCode() == a.hashCode()));
        InetAddress six = InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        System.out.println("v6 " + six + " loopback " + six.isLoopbackAddress() + " " + six.getClass().getSimpleName());
        InetAddress mapped = InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1});
        System.out.println("mapped " + mapped + " " + mapped.getClass().getSimpleName());
        try {
            InetAddress.getByAddress(new byte[] {1, 2, 3});
        } catch (UnknownHostException e) {
            System.out.println("bad length: " + e);
        }
        InetAddress any = new InetSocketAddress(0).getAddress();
        System.out.println("wildcard " + any + " anyLocal " + any.isAnyLocalAddress());
        System.out.println("kinds site " + InetAddress.getByName("10.0.0.1").isSiteLocalAddress() + " link " + InetAddress.getByName("169.254.1.1").isLinkLocalAddress()
                + " multicast " + InetAddress.getByName("224.0.0.1").isMulticastAddress() + " mc global " + InetAddress.getByName("224.0.1.1").isMCGlobal());
        System.out.println("reachable " + lo.isReachable(2000) + " " + InetAddress.getByName("127.0.0.1").isReachable(2000));
        System.out.println("localhost resolved " + InetAddress.getByName("localhost").isLoopbackAddress());
        System.out.println("unresolved " + InetSocketAddress.createUnresolved("nosuch.invalid", 80).isUnresolved()
                + " resolved " + new InetSocketAddress("localhost", 80).isUnresolved() + " unknown " + new InetSocketAddress("nosuch.invalid", 80).isUnresolved());
        try {
            new Socket("nosuch.invalid", 80);
        } catch (UnknownHostException e) {
            System.out.println("socket to unknown host: " + e);
        }
    }
}

// -Djava.net.preferIPv4Stack=true (as on a machine without IPv6): every
// socket is an IPv4 one, so IPv6 addresses parse but cannot be used
// ("Protocol family unavailable"), IPv6 channels are refused, Linux's
// 127.x.y.255 quirk is refused as the JDK refuses it, and only IPv4 shows
// on the interfaces. The output is the same whether or not the machine
// has IPv6.
import java.net.*;
import java.nio.channels.*;
import java.util.Collections;

public class NetPreferIPv4 {
    public static void main(String[] args) throws Exception {
        System.out.println("preferIPv4Stack " + System.getProperty("java.net.preferIPv4Stack"));
        InetAddress six = InetAddress.getByName("::1");
        System.out.println("parsed " + six);
        NetWait.show("connect to ::1", () -> new Socket(six, 80));
        NetWait.show("bind ::1", () -> new ServerSocket(0, 50, six));
        NetWait.show("INET6 channel", () -> SocketChannel.open(StandardProtocolFamily.INET6));
        NetWait.show("INET6 datagram channel", () -> DatagramChannel.open(StandardProtocolFamily.INET6));
        NetWait.show("bind 127.0.0.255", () -> {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.255"), 0));
                return s.getInetAddress();
            }
        });
        NetWait.show("bind 127.0.0.2", () -> {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
                return s.getInetAddress();
            }
        });
        try (ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()); Socket c = new Socket("localhost", ss.getLocalPort()); Socket s = ss.accept()) {
            System.out.println("IPv4 connection " + c.getInetAddress() + " " + s.getInetAddress());
        }
        System.out.println("loopback " + InetAddress.getLoopbackAddress() + " wildcard " + new InetSocketAddress(0).getAddress());
        System.out.println("lo addresses " + Collections.list(NetworkInterface.getByName("lo").getInetAddresses()));
        System.out.println("::1 belongs to " + NetworkInterface.getByInetAddress(six));
        System.out.println("localhost " + java.util.Arrays.toString(InetAddress.getAllByName("localhost")));
    }
}

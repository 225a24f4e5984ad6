// IPv6 on ::1, for machines whose loopback has it (the Go test skips the
// ipv6- tests elsewhere, saying so): stream and datagram sockets and
// channels on ::1, an HTTP exchange with a [::1] URL, dual stack (an IPv6
// socket reaching 127.0.0.1 through its IPv4-mapped address, which java
// reports as an Inet4Address, and binding 127.0.0.2), what a socket bound
// to ::1 refuses, lo's IPv6 binding (::1%lo/128, scoped by the interface),
// and multicast groups of both families joined on lo by an IPv6 channel.
import com.sun.net.httpserver.HttpServer;
import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

public class NetIPv6 {
    public static void main(String[] args) throws Exception {
        InetAddress six = InetAddress.getByName("::1");
        System.out.println("::1 is " + six + " loopback " + six.isLoopbackAddress());
        try (ServerSocket ss = new ServerSocket(0, 50, six); Socket c = new Socket(six, ss.getLocalPort()); Socket s = ss.accept()) {
            System.out.println("server " + ss.getInetAddress() + " client local " + c.getLocalAddress() + " peer " + s.getInetAddress());
            c.getOutputStream().write("over ::1".getBytes());
            byte[] b = new byte[8];
            new DataInputStream(s.getInputStream()).readFully(b);
            System.out.println(new String(b));
            NetWait.show("127.0.0.1 to a ::1 server", () -> new Socket(InetAddress.getByName("127.0.0.1"), ss.getLocalPort()));
        }
        try (ServerSocket ss = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             Socket c = new Socket(InetAddress.getByName("::ffff:127.0.0.1"), ss.getLocalPort());
             Socket s = ss.accept()) {
            System.out.println("mapped client remote " + c.getInetAddress() + " " + c.getInetAddress().getClass().getSimpleName() + " peer " + s.getInetAddress());
            NetWait.show("::1 to a 127.0.0.1 server", () -> new Socket(six, ss.getLocalPort()));
        }
        NetWait.show("bind 127.0.0.2 (IPv4-mapped)", () -> {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
                return s.getInetAddress();
            }
        });
        try (ServerSocketChannel ssc = ServerSocketChannel.open(StandardProtocolFamily.INET6).bind(new InetSocketAddress(six, 0));
             SocketChannel c = SocketChannel.open(ssc.getLocalAddress());
             SocketChannel s = ssc.accept()) {
            System.out.println("channel remote " + ((InetSocketAddress) c.getRemoteAddress()).getAddress() + " local " + ((InetSocketAddress) s.getLocalAddress()).getAddress());
        }
        NetWait.show("INET channel to ::1", () -> SocketChannel.open(StandardProtocolFamily.INET).connect(new InetSocketAddress(six, 80)));
        try (DatagramChannel a = DatagramChannel.open(StandardProtocolFamily.INET6).bind(new InetSocketAddress(six, 0));
             DatagramSocket b = new DatagramSocket(0, six)) {
            a.send(ByteBuffer.wrap("datagram over ::1".getBytes()), b.getLocalSocketAddress());
            DatagramPacket p = new DatagramPacket(new byte[64], 64);
            b.receive(p);
            System.out.println(new String(p.getData(), 0, p.getLength()) + " from " + p.getAddress());
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(six, 0), 0);
        server.createContext("/", ex -> {
            byte[] out = ("hello " + ex.getRemoteAddress().getAddress()).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        HttpURLConnection c = (HttpURLConnection) new URL("http://[::1]:" + server.getAddress().getPort() + "/").openConnection();
        System.out.println(c.getResponseCode() + " " + new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        server.stop(0);
        NetworkInterface lo = NetworkInterface.getByName("lo");
        for (InterfaceAddress ia : lo.getInterfaceAddresses()) {
            if (ia.getAddress() instanceof Inet6Address) {
                Inet6Address a6 = (Inet6Address) ia.getAddress();
                System.out.println("lo binding " + ia + " scoped by " + a6.getScopedInterface().getName() + " scope id is lo's index " + (a6.getScopeId() == lo.getIndex()));
            }
        }
        System.out.println("::1 belongs to " + NetworkInterface.getByInetAddress(six).getName());
        try (DatagramChannel d = DatagramChannel.open(StandardProtocolFamily.INET6).bind(new InetSocketAddress(six, 0))) {
            MembershipKey k6 = d.join(InetAddress.getByName("ff02::1:3"), lo);
            MembershipKey k4 = d.join(InetAddress.getByName("239.255.10.2"), lo);
            System.out.println("IPv6 channel joined " + k6.group() + " and " + k4.group() + " on " + k6.networkInterface().getName() + ": " + k6.isValid() + " " + k4.isValid());
            k6.drop();
            k4.drop();
        }
        System.out.println("lo has " + Collections.list(lo.getInetAddresses()).size() + " addresses");
    }
}

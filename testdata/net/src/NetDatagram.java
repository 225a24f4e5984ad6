// UDP on 127.0.0.1: DatagramSocket (the DatagramChannel adaptor),
// DatagramChannel unconnected and connected, with a Selector, truncation
// of a datagram longer than the buffer, the largest datagram, an empty
// one, MulticastSocket's options, and the error paths: a port in use,
// PortUnreachableException on a connected channel, closed sockets.
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;

public class NetDatagram {
    static final InetAddress lo = InetAddress.getLoopbackAddress();

    static String text(ByteBuffer b) {
        b.flip();
        return StandardCharsets.UTF_8.decode(b).toString();
    }

    public static void main(String[] args) throws Exception {
        try (DatagramSocket d1 = new DatagramSocket(0, lo); DatagramSocket d2 = new DatagramSocket(0, lo)) {
            System.out.println("bound " + d1.isBound() + " " + d1.getLocalAddress() + " connected " + d1.isConnected());
            d1.send(new DatagramPacket("hello udp".getBytes(), 9, d2.getLocalSocketAddress()));
            DatagramPacket p = new DatagramPacket(new byte[100], 100);
            d2.receive(p);
            System.out.println(new String(p.getData(), 0, p.getLength()) + " from d1 " + p.getSocketAddress().equals(d1.getLocalSocketAddress()) + " offset " + p.getOffset());
            // truncated to the buffer
            d1.send(new DatagramPacket("0123456789".getBytes(), 10, d2.getLocalSocketAddress()));
            DatagramPacket small = new DatagramPacket(new byte[4], 4);
            d2.receive(small);
            System.out.println("truncated " + new String(small.getData(), 0, small.getLength()) + " length " + small.getLength());
            // an empty datagram
            d1.send(new DatagramPacket(new byte[0], 0, d2.getLocalSocketAddress()));
            p.setLength(100);
            d2.receive(p);
            System.out.println("empty datagram length " + p.getLength());
            // the largest datagram
            byte[] big = new byte[65507];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) i;
            }
            d2.setReceiveBufferSize(1 << 18);
            d1.send(new DatagramPacket(big, big.length, d2.getLocalSocketAddress()));
            DatagramPacket bp = new DatagramPacket(new byte[70000], 70000);
            d2.receive(bp);
            boolean same = bp.getLength() == big.length;
            for (int i = 0; same && i < big.length; i++) {
                same = bp.getData()[i] == big[i];
            }
            System.out.println("largest datagram " + bp.getLength() + " intact " + same);
            NetWait.show("too large", () -> {
                d1.send(new DatagramPacket(new byte[65508], 65508, d2.getLocalSocketAddress()));
                return "sent";
            });
            d1.connect(d2.getLocalSocketAddress());
            System.out.println("connected " + d1.isConnected() + " remote is d2 " + d1.getRemoteSocketAddress().equals(d2.getLocalSocketAddress()));
            NetWait.show("send elsewhere while connected", () -> {
                d1.send(new DatagramPacket(new byte[1], 1, new InetSocketAddress(lo, 9)));
                return "sent";
            });
            d1.disconnect();
            System.out.println("disconnected " + !d1.isConnected());
            System.out.println("options broadcast " + d1.getBroadcast() + " tc " + d1.getTrafficClass() + " reuse " + d1.getReuseAddress() + " timeout " + d1.getSoTimeout());
            d1.setTrafficClass(0x10);
            System.out.println("tc now " + d1.getTrafficClass());
            NetWait.show("port in use", () -> new DatagramSocket(d1.getLocalPort(), lo));
        }

        try (DatagramChannel a = DatagramChannel.open().bind(new InetSocketAddress(lo, 0));
             DatagramChannel b = DatagramChannel.open().bind(new InetSocketAddress(lo, 0))) {
            System.out.println("sent " + a.send(ByteBuffer.wrap("channel datagram".getBytes()), b.getLocalAddress()));
            ByteBuffer buf = ByteBuffer.allocate(100);
            SocketAddress from = b.receive(buf);
            System.out.println(text(buf) + " from a " + from.equals(a.getLocalAddress()));
            b.connect(a.getLocalAddress());
            System.out.println("wrote " + b.write(ByteBuffer.wrap("connected write".getBytes())));
            buf.clear();
            a.receive(buf);
            System.out.println(text(buf));
            a.send(ByteBuffer.wrap("to connected".getBytes()), b.getLocalAddress());
            buf.clear();
            System.out.println("read " + b.read(buf) + " " + text(buf));
            ByteBuffer[] parts = {ByteBuffer.allocate(3), ByteBuffer.allocateDirect(20)};
            a.send(ByteBuffer.wrap("scattered read".getBytes()), b.getLocalAddress());
            System.out.println("scattering read " + b.read(parts) + " " + text(parts[0]) + "|" + text(parts[1]));
            b.disconnect();
            System.out.println("disconnected " + !b.isConnected());
            // non-blocking with a selector
            b.configureBlocking(false);
            buf.clear();
            System.out.println("nothing to receive " + b.receive(buf));
            try (Selector sel = Selector.open()) {
                b.register(sel, SelectionKey.OP_READ);
                a.send(ByteBuffer.wrap("selected".getBytes()), b.getLocalAddress());
                System.out.println("selected " + sel.select(5000));
                buf.clear();
                b.receive(buf);
                System.out.println(text(buf));
            }
        }

        // ICMP port unreachable: reported to a connected channel.
        int port;
        try (DatagramSocket x = new DatagramSocket(0, lo)) {
            port = x.getLocalPort();
        }
        try (DatagramChannel d = DatagramChannel.open()) {
            d.connect(new InetSocketAddress(lo, port));
            d.write(ByteBuffer.wrap("x".getBytes()));
            NetWait.show("read after unreachable", () -> d.read(ByteBuffer.allocate(10)));
        }
        try (DatagramSocket d = new DatagramSocket(0, lo)) {
            d.connect(new InetSocketAddress(lo, port));
            d.send(new DatagramPacket(new byte[1], 1));
            d.setSoTimeout(2000);
            NetWait.show("socket receive after unreachable", () -> {
                d.receive(new DatagramPacket(new byte[10], 10));
                return "received";
            });
        }

        try (MulticastSocket ms = new MulticastSocket(new InetSocketAddress(lo, 0))) {
            System.out.println("multicast ttl " + ms.getTimeToLive() + " loopback disabled " + ms.getLoopbackMode());
            ms.setTimeToLive(3);
            System.out.println("ttl now " + ms.getTimeToLive());
            System.out.println("option loop " + ms.getOption(StandardSocketOptions.IP_MULTICAST_LOOP) + " ttl " + ms.getOption(StandardSocketOptions.IP_MULTICAST_TTL));
        }

        DatagramSocket closed = new DatagramSocket(0, lo);
        closed.close();
        NetWait.show("send on closed", () -> {
            closed.send(new DatagramPacket(new byte[1], 1, lo, 9));
            return "sent";
        });
        NetWait.show("receive on closed", () -> {
            closed.receive(new DatagramPacket(new byte[1], 1));
            return "received";
        });
        NetWait.show("closed state", () -> closed.isClosed() + " " + closed.getLocalPort());
        NetWait.show("no address", () -> {
            try (DatagramSocket d = new DatagramSocket(0, lo)) {
                d.send(new DatagramPacket(new byte[1], 1));
                return "sent";
            }
        });
        NetWait.show("channel write unconnected", () -> {
            try (DatagramChannel d = DatagramChannel.open()) {
                return d.write(ByteBuffer.allocate(1));
            }
        });
    }
}

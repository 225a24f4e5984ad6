// Socket options through java.net.Socket, ServerSocket, DatagramSocket and
// the channels (sun.nio.ch.Net's getIntOption0/setIntOption0): each
// standard option set and read back (buffer sizes as Linux reports them,
// halved as the JDK does), SO_LINGER, IP_TOS, the supported option sets
// (sorted by name), the Linux extended options of jdk.net
// (TCP_KEEPIDLE/KEEPINTERVAL/KEEPCOUNT, TCP_QUICKACK, SO_INCOMING_NAPI_ID),
// and bad values and unsupported options.
import java.io.IOException;
import java.net.*;
import java.nio.channels.*;
import java.util.*;
import java.util.stream.Collectors;
import jdk.net.ExtendedSocketOptions;

public class NetOptions {
    static String names(Set<SocketOption<?>> options) {
        return options.stream().map(SocketOption::name).sorted().collect(Collectors.joining(","));
    }

    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            System.out.println("client options " + names(c.supportedOptions()));
            System.out.println("server options " + names(ss.supportedOptions()));
            System.out.println("defaults nodelay " + c.getTcpNoDelay() + " keepalive " + c.getKeepAlive() + " linger " + c.getSoLinger()
                    + " oobinline " + c.getOOBInline() + " timeout " + c.getSoTimeout() + " tc " + c.getTrafficClass()
                    + " server reuse " + ss.getReuseAddress() + " client reuse " + c.getReuseAddress());
            c.setTcpNoDelay(true);
            c.setKeepAlive(true);
            c.setSoLinger(true, 7);
            c.setOOBInline(true);
            c.setSoTimeout(1234);
            c.setTrafficClass(0x28);
            c.setReuseAddress(true);
            c.setSendBufferSize(65536);
            c.setReceiveBufferSize(65536);
            System.out.println("set nodelay " + c.getTcpNoDelay() + " keepalive " + c.getKeepAlive() + " linger " + c.getSoLinger()
                    + " oobinline " + c.getOOBInline() + " timeout " + c.getSoTimeout() + " tc " + c.getTrafficClass()
                    + " reuse " + c.getReuseAddress() + " sndbuf " + c.getSendBufferSize() + " rcvbuf " + c.getReceiveBufferSize());
            c.setSoLinger(false, 0);
            System.out.println("linger off " + c.getSoLinger() + " option " + c.getOption(StandardSocketOptions.SO_LINGER));
            c.setOption(StandardSocketOptions.TCP_NODELAY, false);
            System.out.println("option nodelay " + c.getOption(StandardSocketOptions.TCP_NODELAY) + " keepalive " + c.getOption(StandardSocketOptions.SO_KEEPALIVE));
            NetWait.show("negative linger", () -> { c.setSoLinger(true, -1); return "?"; });
            NetWait.show("negative timeout", () -> { c.setSoTimeout(-1); return "?"; });
            NetWait.show("zero buffer", () -> { c.setSendBufferSize(0); return "?"; });
            NetWait.show("unsupported option", () -> c.getOption(StandardSocketOptions.IP_MULTICAST_TTL));
            NetWait.show("null option", () -> c.getOption(null));
            System.out.println("keepalive options supported " + c.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE));
            c.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, 120);
            c.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, 15);
            c.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, 4);
            System.out.println("keepidle " + c.getOption(ExtendedSocketOptions.TCP_KEEPIDLE) + " interval " + c.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)
                    + " count " + c.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT));
            NetWait.show("keepidle out of range", () -> { c.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, 0); return "?"; });
            NetWait.show("keepcount too large", () -> { c.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, 1000); return "?"; });
            if (c.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK)) {
                c.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                System.out.println("quickack set");
            }
            NetWait.show("napi id", () -> c.supportedOptions().contains(ExtendedSocketOptions.SO_INCOMING_NAPI_ID)
                    ? "supported, value " + s.getOption(ExtendedSocketOptions.SO_INCOMING_NAPI_ID) : "unsupported");
            NetWait.show("peercred on tcp", () -> c.getOption(ExtendedSocketOptions.SO_PEERCRED));
            ss.setReceiveBufferSize(32768);
            ss.setSoTimeout(99);
            System.out.println("server rcvbuf " + ss.getReceiveBufferSize() + " timeout " + ss.getSoTimeout() + " reuse " + ss.getOption(StandardSocketOptions.SO_REUSEADDR));
            System.out.println("server reuseport supported " + ss.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT));
            c.close();
            NetWait.show("option on closed socket", () -> c.getOption(StandardSocketOptions.TCP_NODELAY));
        }

        try (SocketChannel ch = SocketChannel.open(); ServerSocketChannel sch = ServerSocketChannel.open(); DatagramChannel dch = DatagramChannel.open()) {
            System.out.println("socket channel options " + names(ch.supportedOptions()));
            System.out.println("server channel options " + names(sch.supportedOptions()));
            System.out.println("datagram channel options " + names(dch.supportedOptions()));
            ch.setOption(StandardSocketOptions.SO_SNDBUF, 16384);
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            System.out.println("channel sndbuf " + ch.getOption(StandardSocketOptions.SO_SNDBUF) + " reuse " + ch.getOption(StandardSocketOptions.SO_REUSEADDR)
                    + " linger " + ch.getOption(StandardSocketOptions.SO_LINGER));
            sch.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            System.out.println("server channel reuseport " + sch.getOption(StandardSocketOptions.SO_REUSEPORT));
            dch.setOption(StandardSocketOptions.SO_BROADCAST, true);
            dch.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 5);
            dch.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, false);
            dch.setOption(StandardSocketOptions.IP_TOS, 0x10);
            System.out.println("datagram broadcast " + dch.getOption(StandardSocketOptions.SO_BROADCAST) + " ttl " + dch.getOption(StandardSocketOptions.IP_MULTICAST_TTL)
                    + " loop " + dch.getOption(StandardSocketOptions.IP_MULTICAST_LOOP) + " tos " + dch.getOption(StandardSocketOptions.IP_TOS)
                    + " interface " + dch.getOption(StandardSocketOptions.IP_MULTICAST_IF));
            NetWait.show("ttl out of range", () -> dch.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 256));
            NetWait.show("tcp option on datagram", () -> dch.getOption(StandardSocketOptions.TCP_NODELAY));
            NetWait.show("multicast interface lo", () -> {
                dch.setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByName("lo"));
                return dch.getOption(StandardSocketOptions.IP_MULTICAST_IF).getName();
            });
        }
        try (DatagramSocket d = new DatagramSocket(0, lo)) {
            d.setSendBufferSize(20000);
            d.setReceiveBufferSize(40000);
            System.out.println("datagram socket sndbuf " + d.getSendBufferSize() + " rcvbuf " + d.getReceiveBufferSize() + " options " + names(d.supportedOptions()));
        }
    }
}

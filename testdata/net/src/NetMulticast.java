// IPv4 multicast on the loopback interface (sun.nio.ch.Net's group
// membership and interface natives): a DatagramChannel bound to the group
// address joins it on lo and receives what another channel sends there,
// source blocking, source-specific membership, dropping, a MulticastSocket
// joining and leaving, and the error paths (not a multicast address,
// conflicting memberships, leaving a group not joined). Sockets bind to
// the group or loopback address, never the wildcard.
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;

public class NetMulticast {
    public static void main(String[] args) throws Exception {
        NetworkInterface lo = NetworkInterface.getByName("lo");
        InetAddress group = InetAddress.getByName("239.255.10.1");
        InetAddress local = InetAddress.getByName("127.0.0.1");
        try (DatagramChannel r = DatagramChannel.open(StandardProtocolFamily.INET).bind(new InetSocketAddress(group, 0));
             DatagramChannel s = DatagramChannel.open(StandardProtocolFamily.INET).bind(new InetSocketAddress(local, 0))) {
            MembershipKey k = r.join(group, lo);
            System.out.println("joined " + k.isValid() + " " + k.group() + " on " + k.networkInterface().getName() + " source " + k.sourceAddress());
            s.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            s.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            System.out.println("sender interface " + s.getOption(StandardSocketOptions.IP_MULTICAST_IF).getName());
            InetSocketAddress target = new InetSocketAddress(group, ((InetSocketAddress) r.getLocalAddress()).getPort());
            s.send(ByteBuffer.wrap("to the group".getBytes()), target);
            ByteBuffer b = ByteBuffer.allocate(100);
            SocketAddress from = r.receive(b);
            System.out.println("received '" + new String(b.array(), 0, b.position()) + "' from the sender " + from.equals(s.getLocalAddress()));
            k.block(local);
            System.out.println("blocked " + k.isValid());
            k.unblock(local);
            NetWait.show("source-specific while joined", () -> r.join(group, lo, local));
            NetWait.show("join again", () -> r.join(group, lo) == k);
            k.drop();
            System.out.println("dropped, valid " + k.isValid());
            MembershipKey k2 = r.join(group, lo, local);
            System.out.println("source-specific " + k2.sourceAddress());
            NetWait.show("block on source-specific", () -> { k2.block(local); return "?"; });
            NetWait.show("any-source while source-specific", () -> r.join(group, lo));
            k2.drop();
            NetWait.show("not multicast", () -> r.join(InetAddress.getByName("10.0.0.1"), lo));
            NetWait.show("IPv6 group on IPv4 channel", () -> r.join(InetAddress.getByName("ff02::1"), lo));
        }
        try (MulticastSocket ms = new MulticastSocket(new InetSocketAddress(group, 0))) {
            InetSocketAddress g = new InetSocketAddress(InetAddress.getByName("239.255.10.3"), 0);
            ms.joinGroup(g, lo);
            System.out.println("socket joined");
            NetWait.show("join twice", () -> { ms.joinGroup(g, lo); return "joined"; });
            ms.leaveGroup(g, lo);
            NetWait.show("leave twice", () -> { ms.leaveGroup(g, lo); return "left"; });
            ms.setNetworkInterface(lo);
            System.out.println("socket interface " + ms.getNetworkInterface().getName());
        }
    }
}

// Unix-domain stream sockets (SocketChannel and ServerSocketChannel with
// StandardProtocolFamily.UNIX): an exchange over a socket file in a fresh
// temporary directory, addresses, options (SO_PEERCRED through
// jdk.net.ExtendedSocketOptions), a selector, automatic binding to a
// temporary name, and the error paths: nobody listening, no such file,
// a path too long, a path in use. No path is printed.
import java.io.IOException;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

public class NetUnixDomain {
    static String text(ByteBuffer b) {
        b.flip();
        return StandardCharsets.UTF_8.decode(b).toString();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("gojvm-uds");
        Path sock = dir.resolve("test.sock");
        UnixDomainSocketAddress addr = UnixDomainSocketAddress.of(sock);
        try {
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(addr);
                 SocketChannel client = SocketChannel.open(addr);
                 SocketChannel peer = server.accept()) {
                System.out.println("socket file exists " + Files.exists(sock) + ", regular " + Files.isRegularFile(sock));
                System.out.println("server local is addr " + server.getLocalAddress().equals(addr));
                System.out.println("client remote is addr " + client.getRemoteAddress().equals(addr));
                System.out.println("client local unnamed '" + client.getLocalAddress() + "', peer remote unnamed '" + peer.getRemoteAddress() + "'");
                client.write(ByteBuffer.wrap("over a unix socket".getBytes()));
                ByteBuffer b = ByteBuffer.allocate(64);
                peer.read(b);
                System.out.println(text(b));
                UnixDomainPrincipal pc = peer.getOption(ExtendedSocketOptions.SO_PEERCRED);
                System.out.println("peer credentials are ours " + pc.user().getName().equals(System.getProperty("user.name")));
                System.out.println("rcvbuf set " + (peer.getOption(StandardSocketOptions.SO_RCVBUF) > 0) + " supported " + peer.supportedOptions().contains(StandardSocketOptions.SO_RCVBUF) + " nodelay supported " + peer.supportedOptions().contains(StandardSocketOptions.TCP_NODELAY));
                peer.configureBlocking(false);
                try (Selector sel = Selector.open()) {
                    peer.register(sel, SelectionKey.OP_READ);
                    System.out.println("ready before " + sel.selectNow());
                    client.write(ByteBuffer.wrap("ping".getBytes()));
                    System.out.println("ready after " + sel.select(5000));
                    b.clear();
                    peer.read(b);
                    System.out.println(text(b));
                }
                client.shutdownOutput();
                b.clear();
                int n;
                while ((n = peer.read(b)) == 0) {
                    Thread.sleep(5);
                }
                System.out.println("end of stream " + n);
                NetWait.show("path in use", () -> ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(addr));
                NetWait.show("inet address on unix channel", () -> client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80)));
            }
            System.out.println("socket file left after close " + Files.exists(sock));
            NetWait.show("nobody listening", () -> SocketChannel.open(addr));
            Files.delete(sock);
            NetWait.show("no such file", () -> SocketChannel.open(addr));
            NetWait.show("path too long", () -> ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(dir.resolve("x".repeat(120)))));
            NetWait.show("no such directory", () -> ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(dir.resolve("none/s.sock"))));
            try (ServerSocketChannel auto = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(null)) {
                UnixDomainSocketAddress a = (UnixDomainSocketAddress) auto.getLocalAddress();
                System.out.println("automatic name " + a.getPath().getFileName().toString().startsWith("socket_") + " exists " + Files.exists(a.getPath()));
                Files.delete(a.getPath());
            }
            NetWait.show("blocking accept, closed", () -> {
                ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(addr);
                NetWait.closeWhenBlocked(Thread.currentThread(), s);
                return s.accept();
            });
        } finally {
            Files.deleteIfExists(sock);
            Files.delete(dir);
        }
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

// Accepts that block while the heap is collected: a server thread waits in
// ServerSocket.accept, ServerSocketChannel.accept (TCP and Unix-domain)
// while the main thread makes garbage and runs System.gc(), which moves the
// objects the accept will fill in (the new socket's FileDescriptor, the
// peer address array). The connection must arrive whole, every time.
public class NetAcceptGC {
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            try (ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                Thread server = serve("socket", () -> {
                    try (Socket s = ss.accept()) {
                        echo(s.getInputStream(), s.getOutputStream());
                        return "peer is loopback " + s.getInetAddress().isLoopbackAddress();
                    }
                });
                collectWhileBlocked(server);
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), ss.getLocalPort())) {
                    System.out.println("socket round " + round + ": " + exchange(c.getInputStream(), c.getOutputStream()));
                }
                join(server);
            }
            try (ServerSocketChannel ssc = ServerSocketChannel.open()) {
                ssc.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Thread server = serve("channel", () -> {
                    try (SocketChannel s = ssc.accept()) {
                        echo(s.socket().getInputStream(), s.socket().getOutputStream());
                        return "peer is loopback " + ((InetSocketAddress) s.getRemoteAddress()).getAddress().isLoopbackAddress();
                    }
                });
                collectWhileBlocked(server);
                try (SocketChannel c = SocketChannel.open(ssc.getLocalAddress())) {
                    System.out.println("channel round " + round + ": " + exchange(c.socket().getInputStream(), c.socket().getOutputStream()));
                }
                join(server);
            }
            Path dir = Files.createTempDirectory("acceptgc");
            Path sock = dir.resolve("s");
            try (ServerSocketChannel ssc = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                ssc.bind(UnixDomainSocketAddress.of(sock));
                Thread server = serve("unix", () -> {
                    try (SocketChannel s = ssc.accept()) {
                        ByteBuffer b = ByteBuffer.allocate(16);
                        while (b.position() < 5 && s.read(b) > 0) {
                        }
                        b.flip();
                        s.write(ByteBuffer.wrap(StandardCharsets.US_ASCII.decode(b).toString().toUpperCase().getBytes(StandardCharsets.US_ASCII)));
                        return "peer address " + s.getRemoteAddress();
                    }
                });
                collectWhileBlocked(server);
                try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(sock))) {
                    c.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
                    ByteBuffer b = ByteBuffer.allocate(16);
                    while (b.position() < 5 && c.read(b) > 0) {
                    }
                    b.flip();
                    System.out.println("unix round " + round + ": " + StandardCharsets.US_ASCII.decode(b));
                }
                join(server);
            } finally {
                Files.deleteIfExists(sock);
                Files.delete(dir);
            }
        }
    }

    interface Body {
        String run() throws Exception;
    }

    static String served;

    // Runs body in a server thread; main prints what it returned after
    // joining it.
    static Thread serve(String name, Body body) {
        Thread t = new Thread(() -> {
            try {
                served = name + " server: " + body.run();
            } catch (Exception e) {
                served = name + " server: " + e;
            }
        }, name + "-server");
        t.start();
        return t;
    }

    static void join(Thread server) throws InterruptedException {
        server.join();
        System.out.println(served);
    }

    // Waits until the server thread blocks in accept, then collects: young
    // collections from garbage and full ones from System.gc().
    static void collectWhileBlocked(Thread server) throws Exception {
        while (server.getState() == Thread.State.NEW) {
            Thread.sleep(1);
        }
        Thread.sleep(100);
        for (int i = 0; i < 3; i++) {
            List<Object> garbage = new ArrayList<>();
            for (int j = 0; j < 20000; j++) {
                garbage.add(new byte[64]);
            }
            sink = garbage;
            sink = null;
            System.gc();
        }
    }

    static void echo(java.io.InputStream in, java.io.OutputStream out) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        PrintWriter w = new PrintWriter(out, true, StandardCharsets.US_ASCII);
        w.println(r.readLine().toUpperCase());
    }

    static String exchange(java.io.InputStream in, java.io.OutputStream out) throws Exception {
        PrintWriter w = new PrintWriter(out, true, StandardCharsets.US_ASCII);
        w.println("hello");
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
    }
}

// NIO socket channels with a Selector on 127.0.0.1 (EPollSelectorImpl):
// a non-blocking echo server serving several clients, non-blocking connect
// and finishConnect, scattering and gathering I/O, interest ops and
// selected keys, Pipe, and the channels' error paths (not yet connected,
// already connected, closed, refused).
import java.io.IOException;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class NetChannels {
    static final InetAddress lo = InetAddress.getLoopbackAddress();

    static String text(ByteBuffer b) {
        b.flip();
        return StandardCharsets.UTF_8.decode(b).toString();
    }

    public static void main(String[] args) throws Exception {
        echoServer();
        nonBlockingConnect();
        scatterGather();
        pipe();
        errors();
    }

    // A selector-driven echo server: three clients, each sending three
    // messages and reading them back.
    static void echoServer() throws Exception {
        Selector sel = Selector.open();
        ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0));
        ssc.configureBlocking(false);
        SelectionKey acceptKey = ssc.register(sel, SelectionKey.OP_ACCEPT);
        System.out.println("accept key valid " + acceptKey.isValid() + " ops " + acceptKey.interestOps());
        SocketAddress addr = ssc.getLocalAddress();
        List<Thread> clients = new ArrayList<>();
        List<String> results = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                try (SocketChannel c = SocketChannel.open(addr)) {
                    StringBuilder got = new StringBuilder();
                    for (int m = 0; m < 3; m++) {
                        String msg = "client" + id + "-msg" + m;
                        c.write(ByteBuffer.wrap(msg.getBytes(StandardCharsets.UTF_8)));
                        ByteBuffer b = ByteBuffer.allocate(msg.length());
                        while (b.hasRemaining()) {
                            if (c.read(b) < 0) {
                                throw new IOException("early end of stream");
                            }
                        }
                        got.append(text(b)).append(' ');
                    }
                    results.add(got.toString().trim());
                } catch (IOException e) {
                    results.add("client " + id + ": " + e);
                }
            });
            t.start();
            clients.add(t);
        }
        int accepted = 0, closed = 0;
        long echoed = 0;
        while (closed < 3) {
            sel.select();
            Iterator<SelectionKey> it = sel.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey k = it.next();
                it.remove();
                if (k.isAcceptable()) {
                    SocketChannel c = ssc.accept();
                    if (c == null) {
                        continue;
                    }
                    accepted++;
                    c.configureBlocking(false);
                    c.register(sel, SelectionKey.OP_READ, ByteBuffer.allocate(64));
                } else if (k.isReadable()) {
                    SocketChannel c = (SocketChannel) k.channel();
                    ByteBuffer b = (ByteBuffer) k.attachment();
                    int n = c.read(b);
                    if (n < 0) {
                        k.cancel();
                        c.close();
                        closed++;
                        continue;
                    }
                    b.flip();
                    echoed += c.write(b);
                    b.compact();
                }
            }
        }
        for (Thread t : clients) {
            t.join();
        }
        Collections.sort(results);
        results.forEach(System.out::println);
        System.out.println("accepted " + accepted + ", closed " + closed + ", echoed " + echoed + " bytes");
        sel.selectNow();
        System.out.println("after selectNow keys " + sel.keys().size());
        ssc.close();
        System.out.println("accept key valid after close " + acceptKey.isValid());
        sel.close();
        System.out.println("selector open " + sel.isOpen());
    }

    static void nonBlockingConnect() throws Exception {
        try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0));
             SocketChannel c = SocketChannel.open();
             Selector sel = Selector.open()) {
            c.configureBlocking(false);
            boolean now = c.connect(ssc.getLocalAddress());
            System.out.println("pending or done " + (now || c.isConnectionPending()));
            c.register(sel, SelectionKey.OP_CONNECT);
            while (!now && sel.select() == 0) {
            }
            System.out.println("finishConnect " + c.finishConnect() + ", connected " + c.isConnected() + ", pending " + c.isConnectionPending());
            System.out.println("remote is server " + c.getRemoteAddress().equals(ssc.getLocalAddress()));
            ssc.configureBlocking(false);
            SocketChannel s = ssc.accept();
            System.out.println("accepted " + (s != null) + " blocking " + (s == null ? "-" : s.isBlocking()));
            System.out.println("read nothing yet " + c.read(ByteBuffer.allocate(4)));
            s.close();
            ByteBuffer b = ByteBuffer.allocate(4);
            int n;
            while ((n = c.read(b)) == 0) {
                Thread.sleep(5);
            }
            System.out.println("read after peer close " + n);
        }
        int port;
        try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
            port = ss.getLocalPort();
        }
        try (SocketChannel c = SocketChannel.open(); Selector sel = Selector.open()) {
            c.configureBlocking(false);
            c.connect(new InetSocketAddress(lo, port));
            c.register(sel, SelectionKey.OP_CONNECT);
            sel.select();
            NetWait.show("finishConnect refused", c::finishConnect);
            System.out.println("open after refusal " + c.isOpen());
        }
        NetWait.show("blocking connect refused", () -> SocketChannel.open(new InetSocketAddress(lo, port)));
    }

    static void scatterGather() throws Exception {
        try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0));
             SocketChannel c = SocketChannel.open(ssc.getLocalAddress());
             SocketChannel s = ssc.accept()) {
            ByteBuffer[] out = {ByteBuffer.wrap("head|".getBytes()), ByteBuffer.allocateDirect(6).put("middle".getBytes()).flip(), ByteBuffer.wrap("|tail".getBytes())};
            System.out.println("gathered " + c.write(out));
            ByteBuffer[] in = {ByteBuffer.allocate(3), ByteBuffer.allocateDirect(7), ByteBuffer.allocate(20)};
            long n = 0;
            while (n < 16) {
                n += s.read(in);
            }
            System.out.println("scattered " + n + ": " + text(in[0]) + " / " + text(in[1]) + " / " + text(in[2]));
            System.out.println("socket adaptor " + c.socket().isConnected() + " " + c.socket().getInetAddress());
        }
    }

    static void pipe() throws Exception {
        Pipe p = Pipe.open();
        p.sink().write(ByteBuffer.wrap("through the pipe".getBytes()));
        ByteBuffer b = ByteBuffer.allocate(64);
        p.source().read(b);
        System.out.println(text(b));
        try (Selector sel = Selector.open()) {
            p.source().configureBlocking(false);
            p.source().register(sel, SelectionKey.OP_READ);
            System.out.println("ready before write " + sel.selectNow());
            p.sink().write(ByteBuffer.wrap("x".getBytes()));
            System.out.println("ready after write " + sel.select(5000));
        }
        p.sink().close();
        b.clear();
        System.out.println("read " + p.source().read(b) + " then " + p.source().read(b));
        p.source().close();
    }

    static void errors() throws Exception {
        SocketChannel c = SocketChannel.open();
        NetWait.show("read unconnected", () -> c.read(ByteBuffer.allocate(1)));
        NetWait.show("write unconnected", () -> c.write(ByteBuffer.allocate(1)));
        NetWait.show("finishConnect unconnected", c::finishConnect);
        NetWait.show("remote unconnected", c::getRemoteAddress);
        NetWait.show("register blocking", () -> c.register(Selector.open(), SelectionKey.OP_READ));
        NetWait.show("connect unresolved", () -> c.connect(InetSocketAddress.createUnresolved("localhost", 80)));
        NetWait.show("connect other address type", () -> c.connect(new SocketAddress() {
        }));
        c.close();
        NetWait.show("read closed", () -> c.read(ByteBuffer.allocate(1)));
        NetWait.show("connect closed", () -> c.connect(new InetSocketAddress(lo, 80)));
        NetWait.show("configure closed", () -> c.configureBlocking(false));
        try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0));
             SocketChannel d = SocketChannel.open(ssc.getLocalAddress())) {
            NetWait.show("connect again", () -> d.connect(ssc.getLocalAddress()));
            NetWait.show("bind connected", () -> d.bind(new InetSocketAddress(lo, 0)));
            NetWait.show("bind server again", () -> ssc.bind(new InetSocketAddress(lo, 0)));
            NetWait.show("wrong interest", () -> {
                d.configureBlocking(false);
                try (Selector sel = Selector.open()) {
                    return d.register(sel, SelectionKey.OP_ACCEPT);
                }
            });
            NetWait.show("server valid ops", () -> ssc.validOps() + " " + d.validOps());
        }
        NetWait.show("accept unbound", () -> ServerSocketChannel.open().accept());
        NetWait.show("server socket in use", () -> {
            try (ServerSocketChannel a = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0))) {
                return ServerSocketChannel.open().bind(a.getLocalAddress());
            }
        });
    }
}

// java.net.Socket and ServerSocket on 127.0.0.1 (NioSocketImpl over
// sun.nio.ch.Net): an echo exchange, addresses, half-close and end of
// stream, available(), urgent data, and the error paths: refused
// connection, a port in use, operations on closed and unconnected sockets,
// bad arguments. Ports are ephemeral and never printed.
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;

public class NetSockets {
    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        System.out.println("loopback " + lo);

        try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
            System.out.println("server bound " + ss.isBound() + " " + ss.getInetAddress() + " port>0 " + (ss.getLocalPort() > 0));
            System.out.println("server local " + ((InetSocketAddress) ss.getLocalSocketAddress()).getAddress());
            Thread server = new Thread(() -> {
                try (Socket s = ss.accept()) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                    for (String line; (line = r.readLine()) != null; ) {
                        w.write("echo: " + line + "\n");
                        w.flush();
                    }
                    w.write("bye\n");
                    w.flush();
                } catch (IOException e) {
                    System.out.println("server: " + e);
                }
            });
            server.start();
            try (Socket c = new Socket(lo, ss.getLocalPort())) {
                System.out.println("connected " + c.isConnected() + " bound " + c.isBound() + " remote " + c.getInetAddress() + " local " + c.getLocalAddress());
                System.out.println("ports match " + (c.getPort() == ss.getLocalPort()) + " local port>0 " + (c.getLocalPort() > 0));
                BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
                Writer w = new OutputStreamWriter(c.getOutputStream(), StandardCharsets.UTF_8);
                for (String msg : new String[] {"hello", "ünïcödé ✓", "x".repeat(10000)}) {
                    w.write(msg + "\n");
                    w.flush();
                    String back = r.readLine();
                    System.out.println(back.length() > 60 ? "echo of " + (back.length() - 6) + " chars" : back);
                }
                c.shutdownOutput();
                System.out.println("output shut " + c.isOutputShutdown());
                System.out.println(r.readLine());
                System.out.println("end " + r.readLine() + " " + c.getInputStream().read());
                NetWait.show("write after shutdownOutput", () -> { c.getOutputStream().write(1); return "written"; });
            }
            server.join();
        }

        // available() and a second read of buffered data
        try (ServerSocket ss = new ServerSocket(0, 50, lo);
             Socket c = new Socket(lo, ss.getLocalPort());
             Socket s = ss.accept()) {
            System.out.println("available before " + s.getInputStream().available());
            c.getOutputStream().write(new byte[] {1, 2, 3, 4, 5});
            while (s.getInputStream().available() < 5) {
                Thread.sleep(5);
            }
            System.out.println("available after " + s.getInputStream().available());
            byte[] b = new byte[3];
            System.out.println("read " + s.getInputStream().read(b) + " then " + s.getInputStream().read() + s.getInputStream().read());
            System.out.println("skip " + s.getInputStream().skip(0));
            s.setOOBInline(true);
            c.sendUrgentData(65);
            InputStream in = s.getInputStream();
            System.out.println("oob inline " + s.getOOBInline() + " read " + in.read());
            c.close();
            System.out.println("after peer close " + in.read());
            s.shutdownInput();
            System.out.println("input shut " + s.isInputShutdown() + " read " + in.read());
            NetWait.show("input stream after shutdown", s::getInputStream);
        }

        // Error paths
        int freePort;
        try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
            freePort = ss.getLocalPort();
            NetWait.show("port in use", () -> new ServerSocket(ss.getLocalPort(), 50, lo));
            NetWait.show("port in use (bind)", () -> {
                try (ServerSocket s2 = new ServerSocket()) {
                    s2.setReuseAddress(false);
                    s2.bind(new InetSocketAddress(lo, ss.getLocalPort()));
                    return s2;
                }
            });
            NetWait.show("client port in use", () -> {
                try (Socket s = new Socket()) {
                    s.bind(new InetSocketAddress(lo, ss.getLocalPort()));
                    return s;
                }
            });
        }
        NetWait.show("refused", () -> new Socket(lo, freePort));
        NetWait.show("refused with timeout", () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(lo, freePort), 2000);
                return s;
            }
        });
        NetWait.show("refused by name", () -> new Socket("127.0.0.1", freePort));
        NetWait.show("unresolved", () -> {
            try (Socket s = new Socket()) {
                s.connect(InetSocketAddress.createUnresolved("localhost", freePort));
                return s;
            }
        });
        NetWait.show("port out of range", () -> new Socket(lo, 70000));
        NetWait.show("negative timeout", () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(lo, freePort), -1);
                return s;
            }
        });
        NetWait.show("bind non-local address", () -> {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName("192.0.2.254"), 0));
                return s;
            }
        });
        Socket unconnected = new Socket();
        NetWait.show("unconnected input", unconnected::getInputStream);
        NetWait.show("unconnected output", unconnected::getOutputStream);
        NetWait.show("unconnected address", () -> unconnected.getInetAddress() + " " + unconnected.getPort() + " " + unconnected.getLocalPort() + " " + unconnected.getLocalAddress());
        unconnected.close();
        NetWait.show("closed input", unconnected::getInputStream);
        NetWait.show("closed connect", () -> { unconnected.connect(new InetSocketAddress(lo, freePort)); return "?"; });
        NetWait.show("closed option", () -> unconnected.getTcpNoDelay());
        NetWait.show("closed toString", unconnected::toString);

        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            InputStream in = c.getInputStream();
            OutputStream out = c.getOutputStream();
            c.close();
            NetWait.show("read after close", () -> in.read());
            NetWait.show("write after close", () -> { out.write(1); return "?"; });
            NetWait.show("shutdown after close", () -> { c.shutdownInput(); return "?"; });
            NetWait.show("peer read after close", () -> s.getInputStream().read());
            NetWait.show("peer write after close", () -> {
                for (int i = 0; i < 200; i++) {
                    s.getOutputStream().write(new byte[1000]);
                    Thread.sleep(1);
                }
                return "no error";
            });
        }

        try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
            ss.close();
            NetWait.show("accept on closed", ss::accept);
            NetWait.show("closed server", () -> ss.isClosed() + " " + ss.isBound());
        }
        try (ServerSocket ss = new ServerSocket()) {
            NetWait.show("accept unbound", ss::accept);
            NetWait.show("unbound server", () -> ss.getInetAddress() + " " + ss.getLocalPort() + " " + ss.getLocalSocketAddress() + " " + ss);
        }

        // Reset: SO_LINGER 0 makes close send RST.
        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            c.setSoLinger(true, 0);
            c.close();
            NetWait.show("read after reset", () -> s.getInputStream().read());
            NetWait.show("read again after reset", () -> s.getInputStream().read());
        }
    }
}

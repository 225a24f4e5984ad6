// Blocking as java blocks: a thread in accept, read, connect, receive or
// select stays blocked (at a safepoint) until another thread closes the
// socket or channel or interrupts it, and then fails with java's
// exceptions; SO_TIMEOUT gives SocketTimeoutException. Each close and
// interrupt comes only once the target is blocked in its system call
// (NetWait), so the outcome never depends on timing.
import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.util.concurrent.atomic.AtomicLong;

public class NetBlocking {
    static final InetAddress lo = InetAddress.getLoopbackAddress();

    public static void main(String[] args) throws Exception {
        Thread me = Thread.currentThread();

        // java.net sockets: close from another thread; interrupts do not
        // affect them.
        NetWait.show("accept, closed", () -> {
            ServerSocket ss = new ServerSocket(0, 50, lo);
            NetWait.closeWhenBlocked(me, ss);
            return ss.accept();
        });
        NetWait.show("accept, timeout", () -> {
            try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
                ss.setSoTimeout(200);
                return ss.accept();
            }
        });
        NetWait.show("accept with timeout, closed", () -> {
            ServerSocket ss = new ServerSocket(0, 50, lo);
            ss.setSoTimeout(60000);
            NetWait.closeWhenBlocked(me, ss);
            return ss.accept();
        });
        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            NetWait.show("read, timeout", () -> {
                c.setSoTimeout(200);
                return c.getInputStream().read();
            });
            NetWait.show("socket usable after timeout", () -> {
                s.getOutputStream().write(42);
                return c.getInputStream().read();
            });
            NetWait.show("read with timeout, closed", () -> {
                c.setSoTimeout(60000);
                NetWait.closeWhenBlocked(me, c);
                return c.getInputStream().read();
            });
            NetWait.show("closed", () -> c.isClosed());
        }
        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            NetWait.show("read, closed", () -> {
                NetWait.closeWhenBlocked(me, c);
                return c.getInputStream().read();
            });
            NetWait.show("peer sees end of stream", () -> s.getInputStream().read());
        }
        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            NetWait.show("read, peer shuts output", () -> {
                Thread t = new Thread(() -> {
                    try {
                        NetWait.untilBlocked(me);
                        s.shutdownOutput();
                    } catch (Exception e) {
                        System.out.println(e);
                    }
                });
                t.start();
                return c.getInputStream().read();
            });
        }
        try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
            NetWait.show("read, interrupted", () -> {
                c.setSoTimeout(1000);
                NetWait.interruptWhenBlocked(me);
                try {
                    return c.getInputStream().read();
                } finally {
                    System.out.println("  interrupted " + Thread.interrupted() + ", closed " + c.isClosed());
                }
            });
        }
        NetWait.show("write, closed", () -> {
            try (ServerSocket ss = new ServerSocket(0, 50, lo); Socket c = new Socket(lo, ss.getLocalPort()); Socket s = ss.accept()) {
                // The stream is taken before the close: a close between two writes must fail
                // the next write ("Socket closed"), not getOutputStream ("Socket is closed").
                java.io.OutputStream out = c.getOutputStream();
                NetWait.closeWhenBlocked(me, c);
                byte[] big = new byte[1 << 20];
                for (;;) {
                    out.write(big); // the peer never reads: fills the buffers, then blocks
                }
            }
        });

        // Connecting to a listener whose accept queue is full: Linux drops
        // the SYN (a backlog of 1 holds two connections), so the connection
        // neither completes nor fails.
        try (ServerSocket full = new ServerSocket(0, 1, lo); Socket held1 = new Socket(lo, full.getLocalPort()); Socket held2 = new Socket(lo, full.getLocalPort())) {
            SocketAddress addr = full.getLocalSocketAddress();
            NetWait.show("connect, timeout", () -> {
                try (Socket s = new Socket()) {
                    s.connect(addr, 300);
                    return s;
                }
            });
            NetWait.show("connect, closed", () -> {
                Socket s = new Socket();
                NetWait.closeWhenBlocked(me, s);
                s.connect(addr);
                return s;
            });
            NetWait.show("connect with timeout, closed", () -> {
                Socket s = new Socket();
                NetWait.closeWhenBlocked(me, s);
                s.connect(addr, 60000);
                return s;
            });
            NetWait.show("channel connect, interrupted", () -> {
                try (SocketChannel c = SocketChannel.open()) {
                    NetWait.interruptWhenBlocked(me);
                    try {
                        return c.connect(addr);
                    } finally {
                        System.out.println("  interrupted " + Thread.interrupted() + ", open " + c.isOpen());
                    }
                }
            });
            NetWait.show("channel connect, closed", () -> {
                try (SocketChannel c = SocketChannel.open()) {
                    NetWait.closeWhenBlocked(me, c);
                    return c.connect(addr);
                }
            });
        }

        // Channels: close gives AsynchronousCloseException, an interrupt
        // closes the channel and gives ClosedByInterruptException.
        try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0))) {
            SocketAddress addr = ssc.getLocalAddress();
            NetWait.show("channel read, interrupted", () -> {
                try (SocketChannel c = SocketChannel.open(addr); SocketChannel s = ssc.accept()) {
                    NetWait.interruptWhenBlocked(me);
                    try {
                        return c.read(ByteBuffer.allocate(10));
                    } finally {
                        System.out.println("  interrupted " + Thread.interrupted() + ", open " + c.isOpen());
                    }
                }
            });
            NetWait.show("channel read, closed", () -> {
                try (SocketChannel c = SocketChannel.open(addr); SocketChannel s = ssc.accept()) {
                    NetWait.closeWhenBlocked(me, c);
                    return c.read(ByteBuffer.allocate(10));
                }
            });
            NetWait.show("channel read, interrupt already set", () -> {
                try (SocketChannel c = SocketChannel.open(addr); SocketChannel s = ssc.accept()) {
                    me.interrupt();
                    try {
                        return c.read(ByteBuffer.allocate(10));
                    } finally {
                        System.out.println("  interrupted " + Thread.interrupted() + ", open " + c.isOpen());
                    }
                }
            });
            NetWait.show("channel write, closed", () -> {
                try (SocketChannel c = SocketChannel.open(addr); SocketChannel s = ssc.accept()) {
                    // The peer never reads: writes fill the buffers, then
                    // one blocks. The closer waits until a write has stayed
                    // blocked for a while (the kernel may still take data
                    // just after a write would have blocked). A write that
                    // had sent part of its buffer returns that count when
                    // the close signals it, and the next write finds the
                    // channel closed (ClosedChannelException); one that had
                    // sent nothing fails with its subclass
                    // AsynchronousCloseException: which, is timing.
                    AtomicLong writes = new AtomicLong();
                    Thread closer = new Thread(() -> {
                        try {
                            for (;;) {
                                NetWait.untilBlocked(me);
                                long n = writes.get();
                                Thread.sleep(300);
                                if (writes.get() == n) {
                                    break;
                                }
                            }
                            c.close();
                        } catch (Exception e) {
                            System.out.println("closer: " + e);
                        }
                    });
                    closer.start();
                    ByteBuffer big = ByteBuffer.allocateDirect(1 << 16);
                    try {
                        for (;;) {
                            big.clear();
                            c.write(big);
                            writes.incrementAndGet();
                        }
                    } catch (ClosedChannelException e) {
                        return "closed channel, open " + c.isOpen();
                    }
                }
            });
            NetWait.show("socket adaptor read, closed", () -> {
                try (SocketChannel c = SocketChannel.open(addr); SocketChannel s = ssc.accept()) {
                    NetWait.closeWhenBlocked(me, c);
                    return c.socket().getInputStream().read();
                }
            });
            NetWait.show("socket adaptor read, timeout", () -> {
                try (SocketChannel c = SocketChannel.open(addr); SocketChannel s = ssc.accept()) {
                    c.socket().setSoTimeout(200);
                    return c.socket().getInputStream().read();
                }
            });
        }
        NetWait.show("channel accept, interrupted", () -> {
            try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0))) {
                NetWait.interruptWhenBlocked(me);
                try {
                    return ssc.accept();
                } finally {
                    System.out.println("  interrupted " + Thread.interrupted() + ", open " + ssc.isOpen());
                }
            }
        });
        NetWait.show("channel accept, closed", () -> {
            try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0))) {
                NetWait.closeWhenBlocked(me, ssc);
                return ssc.accept();
            }
        });
        NetWait.show("server adaptor accept, timeout", () -> {
            try (ServerSocketChannel ssc = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0))) {
                ssc.socket().setSoTimeout(200);
                return ssc.socket().accept();
            }
        });

        // Selectors: wakeup, interrupt (the selector stays open), timeout,
        // close of a registered channel.
        NetWait.show("select, wakeup", () -> {
            try (Selector sel = Selector.open()) {
                Thread t = new Thread(() -> {
                    try {
                        NetWait.untilBlocked(me);
                        sel.wakeup();
                    } catch (Exception e) {
                        System.out.println(e);
                    }
                });
                t.start();
                return sel.select();
            }
        });
        NetWait.show("select, interrupted", () -> {
            try (Selector sel = Selector.open()) {
                NetWait.interruptWhenBlocked(me);
                int n = sel.select();
                return n + ", interrupted " + Thread.interrupted() + ", open " + sel.isOpen();
            }
        });
        NetWait.show("select, timeout", () -> {
            try (Selector sel = Selector.open()) {
                return sel.select(200);
            }
        });
        NetWait.show("selectNow", () -> {
            try (Selector sel = Selector.open()) {
                return sel.selectNow();
            }
        });
        NetWait.show("select, closed selector", () -> {
            Selector sel = Selector.open();
            sel.close();
            return sel.select();
        });

        // Datagrams
        NetWait.show("receive, timeout", () -> {
            try (DatagramSocket d = new DatagramSocket(0, lo)) {
                d.setSoTimeout(200);
                d.receive(new DatagramPacket(new byte[10], 10));
                return "received";
            }
        });
        NetWait.show("receive, closed", () -> {
            DatagramSocket d = new DatagramSocket(0, lo);
            NetWait.closeWhenBlocked(me, d);
            d.receive(new DatagramPacket(new byte[10], 10));
            return "received";
        });
        NetWait.show("channel receive, closed", () -> {
            DatagramChannel d = DatagramChannel.open().bind(new InetSocketAddress(lo, 0));
            NetWait.closeWhenBlocked(me, d);
            return d.receive(ByteBuffer.allocate(10));
        });
        NetWait.show("channel receive, interrupted", () -> {
            DatagramChannel d = DatagramChannel.open().bind(new InetSocketAddress(lo, 0));
            NetWait.interruptWhenBlocked(me);
            try {
                return d.receive(ByteBuffer.allocate(10));
            } finally {
                System.out.println("  interrupted " + Thread.interrupted() + ", open " + d.isOpen());
            }
        });
        NetWait.show("connected channel read, closed", () -> {
            DatagramChannel d = DatagramChannel.open().bind(new InetSocketAddress(lo, 0));
            d.connect(d.getLocalAddress());
            NetWait.closeWhenBlocked(me, d);
            return d.read(ByteBuffer.allocate(10));
        });
        System.out.println("interrupt status at end " + Thread.interrupted());
    }
}

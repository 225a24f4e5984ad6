// Asynchronous channels on 127.0.0.1 (AsynchronousServerSocketChannel and
// AsynchronousSocketChannel on the default group and on a fixed thread
// pool group, EPollPort): completion handlers and futures, a read timeout
// (InterruptedByTimeoutException), end of stream, a refused connection,
// an accept pending when the channel closes, and a group's shutdown.
import java.io.IOException;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.*;

public class NetAsync {
    static final InetAddress lo = InetAddress.getLoopbackAddress();

    public static void main(String[] args) throws Exception {
        AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open().bind(new InetSocketAddress(lo, 0));
        CompletableFuture<String> served = new CompletableFuture<>();
        server.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
            public void completed(AsynchronousSocketChannel ch, Void v) {
                ByteBuffer b = ByteBuffer.allocate(100);
                ch.read(b, null, new CompletionHandler<Integer, Void>() {
                    public void completed(Integer n, Void v) {
                        b.flip();
                        String s = StandardCharsets.UTF_8.decode(b).toString();
                        ch.write(ByteBuffer.wrap(("async echo: " + s).getBytes()), null, new CompletionHandler<Integer, Void>() {
                            public void completed(Integer n, Void v) {
                                try {
                                    ch.close();
                                } catch (IOException e) {
                                    served.completeExceptionally(e);
                                }
                                served.complete("server read " + s.length() + " wrote " + n);
                            }

                            public void failed(Throwable t, Void v) {
                                served.completeExceptionally(t);
                            }
                        });
                    }

                    public void failed(Throwable t, Void v) {
                        served.completeExceptionally(t);
                    }
                });
            }

            public void failed(Throwable t, Void v) {
                served.completeExceptionally(t);
            }
        });
        try (AsynchronousSocketChannel c = AsynchronousSocketChannel.open()) {
            System.out.println("connect " + c.connect(server.getLocalAddress()).get());
            System.out.println("wrote " + c.write(ByteBuffer.wrap("ping".getBytes())).get());
            ByteBuffer rb = ByteBuffer.allocate(100);
            int total = 0, n;
            while ((n = c.read(rb).get()) > 0) {
                total += n;
            }
            rb.flip();
            System.out.println("read " + total + " then " + n + ": " + StandardCharsets.UTF_8.decode(rb));
            System.out.println(served.get());
        }

        // a read that times out, then one that sees the peer close
        try (AsynchronousSocketChannel c = AsynchronousSocketChannel.open()) {
            Future<AsynchronousSocketChannel> af = server.accept();
            c.connect(server.getLocalAddress()).get();
            AsynchronousSocketChannel s = af.get();
            CompletableFuture<Object> timedOut = new CompletableFuture<>();
            c.read(ByteBuffer.allocate(10), 200, TimeUnit.MILLISECONDS, null, new CompletionHandler<Integer, Void>() {
                public void completed(Integer n, Void v) {
                    timedOut.complete(n);
                }

                public void failed(Throwable t, Void v) {
                    timedOut.complete(t);
                }
            });
            System.out.println("timed read: " + timedOut.get());
            Future<Integer> pending = s.read(ByteBuffer.allocate(10));
            c.close();
            System.out.println("read after peer close: " + pending.get());
            NetWait.show("read on closed", () -> c.read(ByteBuffer.allocate(1)).get());
            s.close();
        }

        int port;
        try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
            port = ss.getLocalPort();
        }
        try (AsynchronousSocketChannel c = AsynchronousSocketChannel.open()) {
            c.connect(new InetSocketAddress(lo, port)).get();
        } catch (ExecutionException e) {
            System.out.println("refused: " + e.getCause());
        }
        Future<AsynchronousSocketChannel> pendingAccept = server.accept();
        NetWait.show("second accept", server::accept);
        server.close();
        try {
            pendingAccept.get();
        } catch (ExecutionException e) {
            System.out.println("accept when closed: " + e.getCause());
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        AsynchronousChannelGroup group = AsynchronousChannelGroup.withThreadPool(pool);
        AsynchronousServerSocketChannel gs = AsynchronousServerSocketChannel.open(group).bind(new InetSocketAddress(lo, 0));
        int clients = 5;
        CountDownLatch done = new CountDownLatch(clients);
        gs.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
            public void completed(AsynchronousSocketChannel ch, Void v) {
                gs.accept(null, this);
                ByteBuffer b = ByteBuffer.allocate(8);
                ch.read(b, null, new CompletionHandler<Integer, Void>() {
                    public void completed(Integer n, Void v) {
                        b.flip();
                        ch.write(b, null, new CompletionHandler<Integer, Void>() {
                            public void completed(Integer n, Void v) {
                                done.countDown();
                            }

                            public void failed(Throwable t, Void v) {
                                System.out.println("group write: " + t);
                            }
                        });
                    }

                    public void failed(Throwable t, Void v) {
                        System.out.println("group read: " + t);
                    }
                });
            }

            public void failed(Throwable t, Void v) {
                if (!(t instanceof AsynchronousCloseException)) {
                    System.out.println("group accept: " + t);
                }
            }
        });
        int ok = 0;
        for (int i = 0; i < clients; i++) {
            try (AsynchronousSocketChannel c = AsynchronousSocketChannel.open(group)) {
                c.connect(gs.getLocalAddress()).get();
                String msg = "msg" + i;
                c.write(ByteBuffer.wrap(msg.getBytes())).get();
                ByteBuffer b = ByteBuffer.allocate(8);
                c.read(b).get();
                b.flip();
                if (StandardCharsets.UTF_8.decode(b).toString().equals(msg)) {
                    ok++;
                }
            }
        }
        System.out.println("group echoes " + ok + " of " + clients + ", all served " + done.await(10, TimeUnit.SECONDS));
        group.shutdownNow();
        System.out.println("group terminated " + group.awaitTermination(10, TimeUnit.SECONDS) + " shutdown " + group.isShutdown());
        NetWait.show("open in shut down group", () -> AsynchronousSocketChannel.open(group));
    }
}

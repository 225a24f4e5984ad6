// A small HTTP server (com.sun.net.httpserver, 4 worker threads) on 127.0.0.1 under a fixed
// load: <clients> concurrent keep-alive clients in the same program, each sending
// <requests> POSTs one after another on its own connection and checking every answer.
// Prints the counts (deterministic) to stdout and the requests per second of the request
// phase to stderr. Defaults: 8 clients, 100 requests each. Same program as the networking
// corpus's NetLoad (testdata/net).
import com.sun.net.httpserver.*;
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class HttpServe {
    public static void main(String[] args) throws Exception {
        // Without TCP_NODELAY each response waits for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8, requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        InetAddress lo = InetAddress.getLoopbackAddress();
        HttpServer server = HttpServer.create(new InetSocketAddress(lo, 0), 64);
        Set<String> peers = ConcurrentHashMap.newKeySet();
        AtomicLong served = new AtomicLong();
        server.createContext("/echo", ex -> {
            peers.add(ex.getRemoteAddress().toString());
            byte[] body = ex.getRequestBody().readAllBytes();
            String q = ex.getRequestURI().getQuery();
            byte[] out = (q + ":" + new StringBuilder(new String(body, StandardCharsets.UTF_8)).reverse()).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
            served.incrementAndGet();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.start();
        int port = server.getAddress().getPort();
        AtomicLong bytes = new AtomicLong(), bad = new AtomicLong();
        long t0 = System.nanoTime();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            final int id = c;
            threads[c] = new Thread(() -> {
                try (Socket s = new Socket(lo, port)) {
                    s.setTcpNoDelay(true);
                    OutputStream os = s.getOutputStream();
                    BufferedInputStream in = new BufferedInputStream(s.getInputStream());
                    for (int r = 0; r < requests; r++) {
                        String payload = "client" + id + "-request" + r + "-" + "x".repeat((id * 31 + r * 17) % 200);
                        byte[] pb = payload.getBytes(StandardCharsets.UTF_8);
                        ByteArrayOutputStream req = new ByteArrayOutputStream();
                        req.write(("POST /echo?c" + id + "r" + r + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + pb.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        req.write(pb);
                        os.write(req.toByteArray());
                        String status = line(in);
                        int len = -1;
                        for (String h; !(h = line(in)).isEmpty(); ) {
                            if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                                len = Integer.parseInt(h.substring(15).trim());
                            }
                        }
                        byte[] body = in.readNBytes(Math.max(len, 0));
                        String got = new String(body, StandardCharsets.UTF_8);
                        String want = "c" + id + "r" + r + ":" + new StringBuilder(payload).reverse();
                        if (!status.equals("HTTP/1.1 200 OK") || body.length != len || !got.equals(want)) {
                            bad.incrementAndGet();
                            System.out.println("bad answer to client " + id + " request " + r + ": " + status + " " + got);
                        }
                        bytes.addAndGet(body.length);
                    }
                } catch (IOException e) {
                    bad.incrementAndGet();
                    System.out.println("client " + id + ": " + e);
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long ns = System.nanoTime() - t0;
        server.stop(0);
        pool.shutdown();
        System.out.println("stopped cleanly: " + pool.awaitTermination(10, TimeUnit.SECONDS));
        System.out.println("clients " + clients + ", requests " + (long) clients * requests + ", served " + served.get() + ", bad " + bad.get()
                + ", connections " + peers.size() + ", response bytes " + bytes.get());
        System.err.printf("rps %.0f%n", clients * requests / (ns / 1e9));
    }

    static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}

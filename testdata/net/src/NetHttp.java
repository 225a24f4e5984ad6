// HTTP on 127.0.0.1: a com.sun.net.httpserver.HttpServer with handlers
// for fixed-length, chunked, POST, redirect, slow and failing responses,
// queried by HttpURLConnection (keep-alive, redirects, error streams, a
// read timeout) and by java.net.http.HttpClient (HTTP/1.1 synchronous and
// asynchronous, and HTTP/2 asked for in clear text, which falls back to
// HTTP/1.1 since the JDK's server does not upgrade), then refused and
// unknown-host requests, and the server stopped.
import com.sun.net.httpserver.*;
import java.io.*;
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;

public class NetHttp {
    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        HttpServer server = HttpServer.create(new InetSocketAddress(lo, 0), 0);
        Set<String> connections = ConcurrentHashMap.newKeySet();
        server.createContext("/hello", ex -> {
            connections.add(ex.getRemoteAddress().toString());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] out = ("hello " + ex.getRequestMethod() + " query=" + ex.getRequestURI().getQuery() + " body=" + body
                    + " agent=" + (ex.getRequestHeaders().getFirst("User-Agent") != null) + " x=" + ex.getRequestHeaders().getFirst("X-Custom")).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("X-Reply", "yes");
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        server.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream os = ex.getResponseBody()) {
                for (int i = 0; i < 5; i++) {
                    os.write(("chunk" + i + ";").getBytes());
                    os.flush();
                }
            }
        });
        server.createContext("/big", ex -> {
            byte[] out = new byte[300_000];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) ('a' + i % 26);
            }
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "/hello?redirected=1");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/fail", ex -> {
            byte[] out = "it failed".getBytes();
            ex.sendResponseHeaders(500, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        CountDownLatch release = new CountDownLatch(1);
        server.createContext("/slow", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        System.out.println("server on loopback " + server.getAddress().getAddress().isLoopbackAddress());

        // HttpURLConnection
        HttpURLConnection c = (HttpURLConnection) new URL(base + "/hello?a=1").openConnection();
        c.setRequestProperty("X-Custom", "custom");
        System.out.println(c.getResponseCode() + " " + c.getResponseMessage() + " " + c.getHeaderField("X-Reply") + " " + c.getContentType() + " " + c.getContentLength());
        System.out.println(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        c = (HttpURLConnection) new URL(base + "/hello").openConnection();
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        try (OutputStream os = c.getOutputStream()) {
            os.write("posted data ✓".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(c.getResponseCode() + " " + new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        c = (HttpURLConnection) new URL(base + "/chunked").openConnection();
        System.out.println(c.getResponseCode() + " " + c.getHeaderField("Transfer-Encoding") + " " + new String(c.getInputStream().readAllBytes()));
        c = (HttpURLConnection) new URL(base + "/big").openConnection();
        byte[] big = c.getInputStream().readAllBytes();
        System.out.println("big " + big.length + " " + (char) big[0] + (char) big[big.length - 1]);
        c = (HttpURLConnection) new URL(base + "/redirect").openConnection();
        System.out.println("followed " + c.getResponseCode() + " " + c.getURL().getPath() + " " + new String(c.getInputStream().readAllBytes()));
        c = (HttpURLConnection) new URL(base + "/redirect").openConnection();
        c.setInstanceFollowRedirects(false);
        System.out.println("not followed " + c.getResponseCode() + " " + c.getHeaderField("Location"));
        c = (HttpURLConnection) new URL(base + "/nothere").openConnection();
        System.out.println(c.getResponseCode() + " " + c.getResponseMessage());
        try {
            c.getInputStream();
        } catch (FileNotFoundException e) {
            System.out.println("input of 404: " + e.getClass().getName());
        }
        c = (HttpURLConnection) new URL(base + "/fail").openConnection();
        System.out.println(c.getResponseCode() + " error stream: " + new String(c.getErrorStream().readAllBytes()));
        c = (HttpURLConnection) new URL(base + "/slow").openConnection();
        c.setReadTimeout(300);
        try {
            c.getResponseCode();
        } catch (SocketTimeoutException e) {
            System.out.println("slow: " + e);
        }

        // HttpClient
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/hello?b=2")).header("X-Custom", "from client").build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(r.statusCode() + " " + r.version() + " " + r.headers().firstValue("x-reply").orElse("-") + " " + r.body());
        r = client.send(HttpRequest.newBuilder(URI.create(base + "/hello")).POST(HttpRequest.BodyPublishers.ofString("client post")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(r.statusCode() + " " + r.body());
        r = client.send(HttpRequest.newBuilder(URI.create(base + "/chunked")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(r.statusCode() + " " + r.body());
        HttpResponse<byte[]> rb = client.send(HttpRequest.newBuilder(URI.create(base + "/big")).build(), HttpResponse.BodyHandlers.ofByteArray());
        System.out.println("big " + rb.body().length + " " + Arrays.equals(rb.body(), big));
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/hello?n=" + i)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : futures) {
            System.out.println(f.get().body());
        }
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        r = h2.send(HttpRequest.newBuilder(URI.create(base + "/hello?h2c=1")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("h2c asked: " + r.statusCode() + " " + r.version() + " " + r.body());
        HttpClient redirecting = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        r = redirecting.send(HttpRequest.newBuilder(URI.create(base + "/redirect")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("client redirect " + r.statusCode() + " " + r.uri().getQuery() + " " + r.body());
        try {
            client.send(HttpRequest.newBuilder(URI.create(base + "/slow")).timeout(Duration.ofMillis(300)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            System.out.println("client slow: " + e);
        }
        release.countDown();

        int port;
        try (ServerSocket ss = new ServerSocket(0, 50, lo)) {
            port = ss.getLocalPort();
        }
        try {
            new URL("http://127.0.0.1:" + port + "/").openConnection().getInputStream();
        } catch (IOException e) {
            System.out.println("refused: " + e);
        }
        try {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.out.println("client refused: " + e.getClass().getName() + " caused by " + e.getCause().getClass().getName());
        }
        try {
            new URL("http://nosuch.invalid/").openConnection().getInputStream();
        } catch (IOException e) {
            System.out.println("unknown host: " + e);
        }
        try {
            client.send(HttpRequest.newBuilder(URI.create("http://nosuch.invalid/")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.out.println("client unknown host: " + e.getClass().getName());
        }
        server.stop(0);
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(20, TimeUnit.SECONDS));
        try {
            new URL(base + "/hello").openConnection().getInputStream();
        } catch (IOException e) {
            System.out.println("after stop: " + e);
        }
    }
}

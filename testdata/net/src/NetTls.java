// TLS through the JDK's own JSSE on 127.0.0.1, with the self-signed EC
// key (CN=localhost, SAN ip:127.0.0.1 and dns:localhost) that regen.sh
// makes with keytool into tls/keystore.p12 (both key store and trust
// store): SSLServerSocket and SSLSocket, an HttpsServer queried by
// HttpsURLConnection and HttpClient, two SSLEngines talking through
// buffers, and a handshake refused by a client that does not trust the
// certificate. Nothing printed depends on the key or the dates.
import com.sun.net.httpserver.*;
import java.io.*;
import java.net.*;
import java.net.http.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.concurrent.*;
import javax.net.ssl.*;

public class NetTls {
    public static void main(String[] args) throws Exception {
        char[] pass = "changeit".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[0])) {
            ks.load(in, pass);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, pass);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        InetAddress lo = InetAddress.getLoopbackAddress();

        try (SSLServerSocket ss = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 50, lo)) {
            CompletableFuture<String> served = new CompletableFuture<>();
            Thread server = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) ss.accept()) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    String line = r.readLine();
                    s.getOutputStream().write(("tls echo: " + line + "\n").getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    served.complete("server session " + s.getSession().getProtocol() + " client auth " + s.getNeedClientAuth());
                } catch (IOException e) {
                    served.complete("server: " + e);
                }
            });
            server.start();
            try (SSLSocket c = (SSLSocket) ctx.getSocketFactory().createSocket(lo, ss.getLocalPort())) {
                c.getOutputStream().write("hello over tls\n".getBytes(StandardCharsets.UTF_8));
                c.getOutputStream().flush();
                System.out.println(new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8)).readLine());
                SSLSession session = c.getSession();
                System.out.println("client session " + session.getProtocol() + " " + session.getCipherSuite() + " peer " + session.getPeerPrincipal());
            }
            server.join();
            System.out.println(served.get());
        }

        HttpsServer hs = HttpsServer.create(new InetSocketAddress(lo, 0), 0);
        hs.setHttpsConfigurator(new HttpsConfigurator(ctx));
        hs.createContext("/", ex -> {
            byte[] b = ("secure " + ex.getRequestMethod() + " " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        hs.setExecutor(pool);
        hs.start();
        int port = hs.getAddress().getPort();
        HttpsURLConnection uc = (HttpsURLConnection) new URL("https://localhost:" + port + "/url?x=1").openConnection();
        uc.setSSLSocketFactory(ctx.getSocketFactory());
        System.out.println(uc.getResponseCode() + " " + new String(uc.getInputStream().readAllBytes(), StandardCharsets.UTF_8) + " " + uc.getCipherSuite());
        HttpClient client = HttpClient.newBuilder().sslContext(ctx).version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/client/" + i)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println(r.statusCode() + " " + r.version() + " " + r.body());
        }
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/by-ip"))
                .POST(HttpRequest.BodyPublishers.ofString("data")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(r.statusCode() + " " + r.body());
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/untrusted")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.out.println("default trust: " + e.getClass().getName());
        }
        hs.stop(0);
        pool.shutdown();
        System.out.println("https pool terminated " + pool.awaitTermination(20, TimeUnit.SECONDS));

        // Two engines, no sockets.
        SSLEngine client2 = ctx.createSSLEngine("localhost", 443);
        client2.setUseClientMode(true);
        SSLEngine server2 = ctx.createSSLEngine();
        server2.setUseClientMode(false);
        int size = client2.getSession().getPacketBufferSize();
        ByteBuffer c2s = ByteBuffer.allocate(size * 4), s2c = ByteBuffer.allocate(size * 4);
        ByteBuffer clientOut = ByteBuffer.wrap("engine to engine".getBytes(StandardCharsets.UTF_8));
        ByteBuffer serverIn = ByteBuffer.allocate(size * 2), clientIn = ByteBuffer.allocate(size * 2);
        for (int rounds = 0; rounds < 50 && (serverIn.position() == 0 || clientOut.hasRemaining()); rounds++) {
            client2.wrap(clientOut, c2s);
            server2.wrap(ByteBuffer.allocate(0), s2c);
            runTasks(client2);
            runTasks(server2);
            c2s.flip();
            server2.unwrap(c2s, serverIn);
            c2s.compact();
            s2c.flip();
            client2.unwrap(s2c, clientIn);
            s2c.compact();
            runTasks(client2);
            runTasks(server2);
        }
        serverIn.flip();
        System.out.println("engine got: " + StandardCharsets.UTF_8.decode(serverIn) + " " + client2.getSession().getProtocol()
                + " " + client2.getHandshakeStatus() + " " + server2.getHandshakeStatus());

        // A client that trusts only the JDK's CAs refuses the certificate.
        try (SSLServerSocket ss = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 50, lo)) {
            CompletableFuture<String> side = new CompletableFuture<>();
            Thread server = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) ss.accept()) {
                    s.getInputStream().read();
                    side.complete("server read");
                } catch (IOException e) {
                    // The alert, or the reset of a client that closed with
                    // unread data, depending on timing.
                    side.complete("server failed: " + (e instanceof SSLHandshakeException || e instanceof SocketException));
                }
            });
            server.start();
            try (SSLSocket c = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(lo, ss.getLocalPort())) {
                c.startHandshake();
                System.out.println("handshake succeeded");
            } catch (SSLHandshakeException e) {
                // Later JDK 17 updates put the alert's name first ("(certificate_unknown) PKIX
                // path building failed: ..."); the rest is the same on every update.
                String m = e.getMessage();
                if (m.startsWith("(") && m.contains(") ")) {
                    m = m.substring(m.indexOf(") ") + 2);
                }
                System.out.println("untrusted: " + m);
            }
            server.join();
            System.out.println(side.get());
        }
    }

    static void runTasks(SSLEngine e) {
        for (Runnable r; (r = e.getDelegatedTask()) != null; ) {
            r.run();
        }
    }
}

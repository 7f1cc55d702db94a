package vn.dxportal.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Debian's nginx serving {@link SiteUnderTest#WWW} on a free loopback port, as a child process of the test JVM
 * (no daemon, no master process, its own prefix, logs and temp folders under {@code target/quality/nginx}).
 * The config is the template {@code src/test/resources/nginx/nginx.conf}.
 */
final class Nginx implements AutoCloseable {
    static final Path PREFIX = Path.of("target", "quality", "nginx").toAbsolutePath();

    private final Process process;
    final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Nginx start(Path binary, Path root) throws IOException, InterruptedException {
        String template;
        try (InputStream in = Nginx.class.getResourceAsStream("/nginx/nginx.conf")) {
            if (in == null) throw new IllegalStateException("nginx/nginx.conf missing from the test resources");
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return start(binary, root, template, PREFIX);
    }

    /**
     * An nginx of its own under {@code prefix} with a config {@code template} ({@code @PORT@}, {@code @ROOT@},
     * {@code @PREFIX@} filled in), e.g. one that includes a deploy recipe.
     */
    static Nginx start(Path binary, Path root, String template, Path prefix) throws IOException, InterruptedException {
        SiteUnderTest.deleteTree(prefix);
        for (String dir : new String[]{"logs", "tmp"}) Files.createDirectories(prefix.resolve(dir));
        int port = freePort();
        String config = template.replace("@PORT@", Integer.toString(port))
                .replace("@ROOT@", root.toAbsolutePath().toString())
                .replace("@PREFIX@", prefix.toString());
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config, StandardCharsets.UTF_8);
        Path log = prefix.resolve("logs/stderr.log");
        // -e: the startup error log too, so nginx never touches /var/log/nginx.
        Process process = new ProcessBuilder(binary.toString(), "-p", prefix + "/", "-e", prefix + "/logs/error.log", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Nginx nginx = new Nginx(process, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!nginx.accepts()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                nginx.close();
                throw new IllegalStateException("nginx did not start on port " + port + ":\n" + Files.readString(log)
                        + readIfExists(prefix.resolve("logs/error.log")));
            }
            Thread.sleep(50);
        }
        return nginx;
    }

    /** The address of a path on this server, e.g. {@code url("/cong-thong-tin/index.html")}. */
    URI url(String path) { return URI.create("http://127.0.0.1:" + port + path); }

    /** The host (with port) pages must load everything from. */
    String host() { return "127.0.0.1:" + port; }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String readIfExists(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: nginx stops at once
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

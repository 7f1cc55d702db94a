package vn.dxportal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.dxportal.diag.Diagnostic;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Serves a {@link LiveSite} on the loopback interface only. HTML responses get a small script that listens to
 * {@code /__dxportal/events} (Server-Sent Events) and reloads the tab after each rebuild; the script exists only
 * in what this server sends, never in the built files. While the content has errors, HTML pages carry a panel
 * naming each error's file, line and column over the last good page.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__dxportal/events";
    static final String SCRIPT = "/__dxportal/reload.js";
    static final String PANEL_CSS = "/__dxportal/errors.css";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("doc", "application/msword"), Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    /** Reloads the tab when the site was rebuilt since the page was served. */
    private static final String RELOAD_JS = """
            (function () {
              var served = document.currentScript && document.currentScript.getAttribute('data-generation');
              var events = new EventSource('%s');
              function check(e) { if (e.data !== served) location.reload(); }
              events.addEventListener('hello', check);
              events.addEventListener('reload', check);
              document.addEventListener('click', function (e) {
                var hide = e.target.closest && e.target.closest('[data-dxportal-hide]');
                if (hide) hide.closest('#dxportal-errors').remove();
              });
            })();
            """.formatted(EVENTS);
    /** Ends an event stream (compared by identity: no real message is this object). */
    private static final String STOP = new String("stop");

    private final LiveSite site;
    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Set<BlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();

    public PreviewServer(LiveSite site, int port) throws IOException {
        this.site = site;
        this.root = site.out().toRealPath();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dxportal-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::file);
        server.createContext(EVENTS, this::events);
        server.createContext(SCRIPT, e -> send(e, 200, "text/javascript; charset=utf-8", RELOAD_JS.getBytes(StandardCharsets.UTF_8)));
        server.createContext(PANEL_CSS, e -> send(e, 200, "text/css; charset=utf-8", ErrorPanel.CSS.getBytes(StandardCharsets.UTF_8)));
        site.onRebuild(outcome -> broadcast("event: reload\ndata: " + site.generation() + "\n\n"));
        server.start();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8000/}. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    private void file(HttpExchange e) throws IOException {
        try (e) {
            if (!e.getRequestMethod().equals("GET") && !e.getRequestMethod().equals("HEAD")) {
                e.getResponseHeaders().set("Allow", "GET, HEAD");
                send(e, 405, "text/plain; charset=utf-8", "Chỉ hỗ trợ GET và HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            List<Diagnostic> errors = site.errors();
            if (!site.hasSite()) {
                send(e, 500, TYPES.get("html"), html(ErrorPanel.page(errors), List.of()));
                return;
            }
            Path target = resolve(e.getRequestURI().getPath());
            if (target == null) {
                send(e, 403, "text/plain; charset=utf-8", "Đường dẫn không hợp lệ.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = e.getRequestURI().getRawPath();
            if (Files.isDirectory(target)) {
                if (!path.endsWith("/")) { // relative links inside index.html need the trailing slash
                    e.getResponseHeaders().set("Location", path + "/");
                    send(e, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                Path notFound = root.resolve("404.html");
                if (Files.isRegularFile(notFound)) send(e, 404, TYPES.get("html"), html(Files.readString(notFound), errors));
                else send(e, 404, "text/plain; charset=utf-8", "Không tìm thấy trang.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = type(target);
            byte[] body = Files.readAllBytes(target);
            if (type.startsWith("text/html")) body = html(new String(body, StandardCharsets.UTF_8), errors);
            send(e, 200, type, body);
        }
    }

    /**
     * The file a request path names inside the served folder, or null when it would leave it ({@code ..}, a
     * backslash, a NUL, or a link pointing outside).
     */
    Path resolve(String requestPath) throws IOException {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.indexOf('\0') >= 0 || requestPath.indexOf('\\') >= 0) return null;
        for (String segment : requestPath.split("/")) if (segment.equals("..")) return null;
        Path target = root.resolve(requestPath.substring(1)).normalize();
        if (!target.startsWith(root)) return null;
        if (Files.exists(target) && !target.toRealPath().startsWith(root)) return null;
        return target;
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** A served HTML page: the error panel at the top of the body while there are errors, the reload script at the end. */
    private byte[] html(String page, List<Diagnostic> errors) {
        StringBuilder out = new StringBuilder(page);
        String script = "<script src=\"" + SCRIPT + "\" data-generation=\"" + site.generation() + "\"></script>";
        int end = out.lastIndexOf("</body>");
        if (end < 0) out.append(script);
        else out.insert(end, script);
        if (!errors.isEmpty() && site.hasSite()) {
            int body = out.indexOf("<body");
            int open = body < 0 ? -1 : out.indexOf(">", body);
            out.insert(open < 0 ? 0 : open + 1, ErrorPanel.panel(errors));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().set("Content-Type", type);
        e.getResponseHeaders().set("Cache-Control", "no-store");
        e.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = e.getRequestMethod().equals("HEAD");
        e.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) e.getResponseBody().write(body);
        e.close();
    }

    /** One open tab's event stream: stays open, sends each rebuild, and a comment now and then to notice a closed tab. */
    private void events(HttpExchange e) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try (e) {
            e.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            e.getResponseHeaders().set("Cache-Control", "no-store");
            e.sendResponseHeaders(200, 0);
            OutputStream out = e.getResponseBody();
            String message = "retry: 500\nevent: hello\ndata: " + site.generation() + "\n\n";
            while (message != STOP) {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String next = queue.poll(15, TimeUnit.SECONDS);
                message = next == null ? ": ping\n\n" : next;
            }
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        } catch (IOException closedByTheBrowser) {
            // the tab went away
        } finally {
            listeners.remove(queue);
        }
    }

    private void broadcast(String message) {
        for (BlockingQueue<String> q : listeners) q.offer(message);
    }

    @Override
    public void close() {
        for (BlockingQueue<String> q : listeners) q.offer(STOP);
        server.stop(0);
        threads.shutdownNow();
    }
}

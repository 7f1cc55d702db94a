package vn.dxportal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.dxportal.CompleteContent;
import vn.dxportal.cli.Main;
import vn.dxportal.render.SecurityPolicy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The deploy recipes in {@code deploy/}, exercised as far as this machine allows. The CI workflows are well-formed
 * YAML whose dxportal and Maven commands are the README's, with options the command line has. The nginx recipe
 * passes {@code nginx -t} and a real nginx serves a portal built with {@code --gzip} from it under its sub-path:
 * pages, the precompressed copies, the security headers, the 404 page, CSV as text, and no dotfiles. The Apache
 * recipe gets the same when Debian's apache2 is installed (it is not needed for anything else, so CI does not
 * install it; docs/deploy.md quotes a run by hand).
 */
class DeployRecipesTest {
    private static final Path DEPLOY = Path.of("deploy");
    private static final Path WORK = Path.of("target", "deploy-recipes").toAbsolutePath();
    private static final String SUB_PATH = "cong-thong-tin";
    private static final Path APACHE = Path.of("/usr/sbin/apache2");

    @Test
    void theCiWorkflowsAreWellFormedAndRunTheReadmesCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        YAMLMapper yaml = new YAMLMapper();
        JsonNode github = yaml.readTree(DEPLOY.resolve("github-pages.yml").toFile());
        JsonNode gitlab = yaml.readTree(DEPLOY.resolve("gitlab-ci.yml").toFile());

        List<String> commands = new ArrayList<>();
        github.path("jobs").forEach(job -> job.path("steps").forEach(step -> step.path("run").asText("").lines().forEach(commands::add)));
        gitlab.fields().forEachRemaining(e -> e.getValue().path("script").forEach(line -> commands.add(line.asText())));
        assertTrue(github.path("jobs").path("deploy").path("steps").toString().contains("actions/deploy-pages"), "GitHub: publishes to Pages");
        assertTrue(github.path("jobs").path("build").path("steps").toString().contains("actions/upload-pages-artifact"));
        assertEquals("public", gitlab.path("pages").path("artifacts").path("paths").path(0).asText(), "GitLab Pages publishes public/");

        Pattern tool = Pattern.compile("java -jar target/dxportal\\.jar (build|check)(.*)");
        List<String> used = new ArrayList<>();
        for (String raw : commands) {
            String c = raw.strip();
            if (c.startsWith("mvn ")) {
                assertTrue(readme.contains(c), "the README builds the tool the same way: " + c);
            }
            Matcher m = tool.matcher(c);
            if (!m.find()) continue;
            String sub = m.group(1);
            used.add(sub);
            assertTrue(readme.contains("java -jar target/dxportal.jar " + sub), "the README documents " + sub);
            CommandLine.Model.CommandSpec spec = new CommandLine(new Main()).getSubcommands().get(sub).getCommandSpec();
            for (String option : m.group(2).split("\\s+")) {
                if (!option.startsWith("--")) continue;
                assertNotNull(spec.findOption(option), sub + " has no option " + option);
                assertTrue(readme.contains(option), "the README documents " + option);
            }
        }
        assertTrue(used.contains("build") && used.contains("check"), "each recipe checks and builds: " + commands);
        assertTrue(commands.stream().anyMatch(c -> c.contains("SOURCE_DATE_EPOCH")), "the recipes build reproducibly");
        assertTrue(commands.stream().filter(c -> c.contains("dxportal.jar check")).count() >= 2, "both recipes check before publishing");

        // Both recipes build with the JIT flags the benchmark measures (bench/run.sh), so a runner gets the speed quoted.
        String bench = Files.readString(Path.of("bench", "run.sh"));
        Matcher jit = Pattern.compile("(?m)^JIT_OPTS=\"([^\"]+)\"").matcher(bench);
        assertTrue(jit.find(), "bench/run.sh sets JIT_OPTS");
        Matcher buildJit = Pattern.compile("(?m)^BUILD_JIT_OPTS=\"\\$JIT_OPTS ([^\"]+)\"").matcher(bench);
        assertTrue(buildJit.find(), "bench/run.sh sets BUILD_JIT_OPTS, the JIT_OPTS and more for a build");
        String flags = jit.group(1) + " " + buildJit.group(1);
        JsonNode buildStep = null;
        for (JsonNode step : github.path("jobs").path("build").path("steps")) if (step.path("run").asText("").contains("dxportal.jar build")) buildStep = step;
        assertNotNull(buildStep, "GitHub: a step builds the portal");
        assertTrue(buildStep.path("env").path("JDK_JAVA_OPTIONS").asText("").contains(flags), "GitHub: the build step runs with " + flags);
        List<String> pages = new ArrayList<>();
        gitlab.path("pages").path("script").forEach(line -> pages.add(line.asText()));
        int build = -1, options = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("dxportal.jar build")) build = i;
            if (pages.get(i).startsWith("export JDK_JAVA_OPTIONS=") && pages.get(i).contains(flags)) options = i;
        }
        assertTrue(options >= 0 && options < build, "GitLab: JDK_JAVA_OPTIONS with " + flags + " is exported before the build: " + pages);
    }

    @Test
    void nginxAcceptsTheRecipeAndServesTheSiteUnderItsSubPath() throws Exception {
        Path binary = Tools.nginx().orElse(null);
        if (binary == null && !Tools.onCi()) Assumptions.abort("nginx not installed (apt-get install nginx)");
        assertNotNull(binary, "CI=true: nginx must be installed (.ci/run does)");
        Path www = builtSite("nginx");
        String server = replaceOnce(replaceOnce(Files.readString(DEPLOY.resolve("nginx.conf")), "listen 80;", "listen 127.0.0.1:@PORT@;"),
                "root /var/www;", "root @ROOT@;");
        String around = resource("/deploy/nginx-around.conf").replace("@SERVER@", server);
        Path prefix = WORK.resolve("nginx-prefix");

        Path check = WORK.resolve("nginx-check");
        for (String d : new String[]{"logs", "tmp"}) Files.createDirectories(check.resolve(d));
        Path conf = check.resolve("nginx.conf");
        Files.writeString(conf, around.replace("@PORT@", "18080").replace("@ROOT@", www.toString()).replace("@PREFIX@", check.toString()));
        String t = run(List.of(binary.toString(), "-t", "-p", check + "/", "-e", check + "/logs/error.log", "-c", conf.toString()));
        assertTrue(t.contains("syntax is ok") && t.contains("test is successful"), t);

        try (Nginx nginx = Nginx.start(binary, www, around, prefix)) {
            servesTheSite(base(nginx.port), "text/javascript|application/javascript");
        }
    }

    @Test
    void apacheAcceptsTheRecipeAndServesTheSiteUnderItsSubPath() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(APACHE), "Debian's apache2 is not installed: docs/deploy.md quotes a run by hand");
        Path www = builtSite("apache");
        Path prefix = WORK.resolve("apache-prefix");
        Files.createDirectories(prefix.resolve("logs"));
        int port = freePort();
        String site = replaceOnce(Files.readString(DEPLOY.resolve("apache.conf")), "<VirtualHost *:80>", "<VirtualHost *:" + port + ">")
                .replace("/var/www", www.toString());
        Path conf = prefix.resolve("apache2.conf");
        Files.writeString(conf, resource("/deploy/apache-around.conf").replace("@SITE@", site)
                .replace("@PREFIX@", prefix.toString()).replace("@PORT@", Integer.toString(port)));
        String t = run(List.of(APACHE.toString(), "-t", "-f", conf.toString()));
        assertTrue(t.contains("Syntax OK"), t);

        Process apache = new ProcessBuilder(APACHE.toString(), "-f", conf.toString(), "-DFOREGROUND").redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        try {
            awaitPort(port, apache, prefix.resolve("logs/error.log"));
            servesTheSite(base(port), "text/javascript");
        } finally {
            apache.destroy(); // SIGTERM: Apache stops its workers and exits
            if (!apache.waitFor(10, TimeUnit.SECONDS)) apache.destroyForcibly();
        }
    }

    /** What any recipe must do for the portal built by {@link #builtSite} and served at {@code base}. */
    private static void servesTheSite(String base, String jsType) throws Exception {
        Path site = WORK.resolve("last-site");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<byte[]> home = get(http, base + "/", false);
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", normal(home.headers().firstValue("content-type").orElse("")));
        assertEquals(SecurityPolicy.HEADER, home.headers().firstValue("content-security-policy").orElse(null), "the CSP header");
        assertEquals("nosniff", home.headers().firstValue("x-content-type-options").orElse(null));
        assertArrayEquals(Files.readAllBytes(site.resolve("index.html")), home.body(), "the home page, uncompressed for a client without gzip");

        HttpResponse<byte[]> packed = get(http, base + "/index.html", true);
        assertEquals("gzip", packed.headers().firstValue("content-encoding").orElse(null), "the precompressed copy");
        assertArrayEquals(Files.readAllBytes(site.resolve("index.html.gz")), packed.body(), "sent as written by --gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
            assertArrayEquals(Files.readAllBytes(site.resolve("index.html")), in.readAllBytes());
        }
        assertEquals("text/html; charset=utf-8", normal(packed.headers().firstValue("content-type").orElse("")));
        assertTrue(packed.headers().allValues("vary").toString().toLowerCase().contains("accept-encoding"), "Vary: Accept-Encoding");

        HttpResponse<byte[]> css = get(http, base + "/assets/style.css", true);
        assertEquals("gzip", css.headers().firstValue("content-encoding").orElse(null));
        assertTrue(normal(css.headers().firstValue("content-type").orElse("")).startsWith("text/css"));
        HttpResponse<byte[]> js = get(http, base + "/assets/search.js", false);
        assertTrue(normal(js.headers().firstValue("content-type").orElse("")).matches("(" + jsType + ").*"), js.headers().toString());
        HttpResponse<byte[]> csv = get(http, base + "/du-lieu/toan-cong.csv", false);
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=utf-8", normal(csv.headers().firstValue("content-type").orElse("")), "open data as text");

        HttpResponse<byte[]> missing = get(http, base + "/khong-co-trang-nay/", false);
        assertEquals(404, missing.statusCode());
        assertArrayEquals(Files.readAllBytes(site.resolve("404.html")), missing.body(), "the portal's own 404 page");
        assertEquals(SecurityPolicy.HEADER, missing.headers().firstValue("content-security-policy").orElse(null), "the CSP on errors too");
        assertEquals(404, get(http, base + "/" + vn.dxportal.write.SiteWriter.MARKER, false).statusCode(), "no dotfiles");
        assertEquals(404, get(http, base.replace("/" + SUB_PATH, "") + "/." + SUB_PATH + ".tmp-1/index.html", false).statusCode(),
                "no build-in-progress folder");
    }

    /** The complete fixture portal built by the command line with --gzip into {@code <work>/<name>/www/cong-thong-tin}. */
    private static Path builtSite(String name) throws Exception {
        Path dir = WORK.resolve(name);
        SiteUnderTest.deleteTree(dir);
        CompleteContent c = new CompleteContent(dir.resolve("src"), LocalDate.of(2024, 6, 1));
        Path www = dir.resolve("www");
        Path out = www.resolve(SUB_PATH);
        // A build in progress beside the site: the servers must not show it.
        Files.createDirectories(www.resolve("." + SUB_PATH + ".tmp-1"));
        Files.writeString(www.resolve("." + SUB_PATH + ".tmp-1/index.html"), "half");
        int exit = Main.run("build", "--gzip", "--content", c.root.toString(), "--theme", c.theme.toString(), "--out", out.toString(),
                "--base-url", "https://cds.example.gov.vn/" + SUB_PATH + "/");
        assertEquals(0, exit);
        Files.createDirectories(WORK);
        Files.deleteIfExists(WORK.resolve("last-site"));
        Files.createSymbolicLink(WORK.resolve("last-site"), out);
        return www;
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url, boolean gzip) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (gzip) r.header("Accept-Encoding", "gzip");
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String base(int port) { return "http://127.0.0.1:" + port + "/" + SUB_PATH; }

    /** "text/html;charset=UTF-8" and "text/html; charset=utf-8" say the same. */
    private static String normal(String contentType) {
        return contentType.toLowerCase().replaceAll(";\\s*", "; ");
    }

    private static String replaceOnce(String text, String from, String to) {
        assertEquals(1, text.split(Pattern.quote(from), -1).length - 1, "the recipe has exactly one «" + from + "»");
        return text.replace(from, to);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DeployRecipesTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("the server did not start: " + (Files.exists(log) ? Files.readString(log) : ""));
                }
                Thread.sleep(50);
            }
        }
    }
}

package vn.dxportal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver, shared by every browser gate of the run.
 * Nothing is downloaded: driver and browser are given by path, so Selenium Manager never runs.
 *
 * <p>DevTools is used only through chromedriver's own pass-through ({@code executeCdpCommand}) and its
 * performance log, which work with any Chromium version, never through Selenium's version-pinned CDP bindings.
 */
final class Browser implements AutoCloseable {
    static final Path PROFILE = Path.of("target", "quality", "chromium-profile").toAbsolutePath();

    /** Selenium warns that it has no CDP bindings for this Chromium; we do not use them (see above). Held so JUL keeps the level. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    /** One page load: where the browser went and every request the page made, in order. */
    record Visit(URI url, List<URI> requests) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final ChromeDriverService service;

    private Browser(ChromeDriver driver, ChromeDriverService service) {
        this.driver = driver;
        this.service = service;
    }

    static Browser start() throws IOException {
        return start(PROFILE);
    }

    /**
     * A Chromium of its own with its own profile, for a test that changes the browser's state through DevTools
     * (scripts run on every new document), so the shared one stays as every other gate expects it.
     */
    static Browser start(Path profile) throws IOException {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        SiteUnderTest.deleteTree(profile);
        Files.createDirectories(profile);
        System.setProperty("webdriver.chrome.driver", Tools.CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Tools.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Tools.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile,
                // Belt and braces for "no request leaves the machine": any host but loopback fails to resolve,
                // so even a page that asks for a third-party host (as the broken fixtures do) reaches nothing.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost");
        // The performance log carries DevTools Network events: every request a page makes.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, service);
    }

    /** Loads a page and returns every request it made while loading. */
    Visit open(URI url) {
        driver.manage().logs().get(LogType.PERFORMANCE); // drop what earlier pages left in the log
        driver.get(url.toString());
        return new Visit(url, recordedRequests());
    }

    /**
     * The requests the browser logged since the last read. The driver delivers the log on its own schedule, so on
     * a busy machine a request made before the page's load event may only show up in a later read.
     */
    List<URI> recordedRequests() {
        List<URI> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requests.add(URI.create(message.path("params").path("request").path("url").asText()));
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("unreadable performance log entry: " + entry.getMessage(), e);
            }
        }
        return requests;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Emulates a phone-sized viewport ({@code width} CSS pixels, mobile) until {@link #resetViewport()}. */
    void viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    void resetViewport() { cdp("Emulation.clearDeviceMetricsOverride", Map.of()); }

    /** Emulates a CSS media type, e.g. {@code print}; the empty string goes back to screen. */
    void media(String type) { cdp("Emulation.setEmulatedMedia", Map.of("media", type)); }

    /** The current page printed to PDF, as Chromium's print does (print styles, A4). */
    byte[] printToPdf() {
        Map<String, Object> result = cdp("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}

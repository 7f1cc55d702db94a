package vn.dxportal.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs the browser gates need, found where Debian installs them. Nothing is ever downloaded: a missing
 * program skips the browser gates with a reason, except under CI ({@code CI=true}), where it is a failure.
 */
final class Tools {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Tools() {}

    static boolean onCi() { return "true".equalsIgnoreCase(System.getenv("CI")); }

    /** nginx from PATH, or /usr/sbin/nginx (Debian's place, often not on a non-root PATH). */
    static Optional<Path> nginx() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) candidates.add(Path.of(dir, "nginx"));
        }
        candidates.add(Path.of("/usr/sbin/nginx"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** What is missing for the browser gates, as words for a skip reason; empty when all is there. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM + " (Debian package chromium)");
        if (!Files.isExecutable(CHROMEDRIVER)) missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        if (nginx().isEmpty()) missing.add("nginx (Debian package nginx)");
        return missing;
    }

    static String missingReason() {
        return "browser quality gates need " + String.join(", ", missing()) + "; .ci/run installs them";
    }
}

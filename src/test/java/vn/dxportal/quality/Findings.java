package vn.dxportal.quality;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** How a gate reports: one finding per line, the first few dozen in full, so a failure reads like a to-do list. */
final class Findings {
    private static final int SHOWN = 40;

    private Findings() {}

    static void assertNone(String what, List<?> findings) {
        if (findings.isEmpty()) return;
        String lines = findings.stream().limit(SHOWN).map(f -> "  - " + f).collect(Collectors.joining("\n"));
        String more = findings.size() > SHOWN ? "\n  … and " + (findings.size() - SHOWN) + " more" : "";
        fail(findings.size() + " " + what + ":\n" + lines + more);
    }
}

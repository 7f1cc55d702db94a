package vn.dxportal.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that reads content shares. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Thư mục nội dung (mặc định: ${DEFAULT-VALUE}).")
    Path content;

    /** A SOURCE_DATE_EPOCH that is set but is not a number of seconds: the build would silently not be reproducible. */
    static boolean sourceDateEpochInvalid() {
        String s = System.getenv("SOURCE_DATE_EPOCH");
        return s != null && !s.isBlank() && sourceDateEpoch() == null;
    }

    static Long sourceDateEpoch() {
        String s = System.getenv("SOURCE_DATE_EPOCH");
        if (s == null || s.isBlank()) return null;
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

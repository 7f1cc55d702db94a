package vn.dxportal.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that reads content shares. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Thư mục nội dung (mặc định: ${DEFAULT-VALUE}).")
    Path content;

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

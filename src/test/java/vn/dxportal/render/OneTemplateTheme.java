package vn.dxportal.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A theme in {@code dir} holding one template, {@code t.ftlh}, and no interface strings: for tests of what templates can call. */
final class OneTemplateTheme {
    private OneTemplateTheme() {}

    static Templates of(Path dir, String template) throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/vi.properties"), "");
        Files.writeString(dir.resolve("templates/t.ftlh"), template);
        return new Templates(dir, dir.resolve("no-layouts"));
    }
}

package vn.dxportal.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class MessagesTest {
    @Test
    void themeStringsPerLanguageWithPortalOverridesAndFallback(@TempDir Path dir) throws Exception {
        Path theme = dir.resolve("theme"), layouts = dir.resolve("layouts");
        Files.createDirectories(theme.resolve("i18n"));
        Files.createDirectories(layouts.resolve("i18n"));
        Files.writeString(theme.resolve("i18n/vi.properties"), "nav.units=Đơn vị\nended=Kết thúc ngày {0}\nonly.vi=Chỉ tiếng Việt\n");
        Files.writeString(theme.resolve("i18n/en.properties"), "nav.units=Units\n");
        Files.writeString(layouts.resolve("i18n/vi.properties"), "nav.units=Địa phương\n");
        Messages m = new Messages(theme, layouts);
        assertEquals("Địa phương", m.get("vi", "nav.units"), "the portal's override wins");
        assertEquals("Units", m.get("en", "nav.units"));
        assertEquals("Chỉ tiếng Việt", m.get("en", "only.vi"), "missing English falls back to Vietnamese");
        assertEquals("Kết thúc ngày 01/07/2025", m.get("vi", "ended", "01/07/2025"));
        assertEquals("no.such.key", m.get("vi", "no.such.key"));
    }

    @Test
    void defaultThemeHasEveryVietnameseKeyInEnglish() throws Exception {
        java.util.Properties vi = new java.util.Properties(), en = new java.util.Properties();
        try (var r = Files.newBufferedReader(Path.of("themes/default/i18n/vi.properties"))) { vi.load(r); }
        try (var r = Files.newBufferedReader(Path.of("themes/default/i18n/en.properties"))) { en.load(r); }
        assertEquals(vi.stringPropertyNames(), en.stringPropertyNames());
    }
}

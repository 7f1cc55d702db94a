package vn.dxportal.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.BuildProcess;
import vn.dxportal.TestContent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The same content gives the same bytes: the sample portal is built by two separate processes at once, from two
 * working directories into two output folders, under different time zones, locales and default charsets, with
 * one SOURCE_DATE_EPOCH; every file of the two sites is compared.
 */
class ReproducibleBuildTest {
    @TempDir Path dir;

    @Test
    void twoBuildsOnDifferentMachinesSettingsGiveIdenticalBytes() throws Exception {
        Path content = TestContent.sampleContent().toAbsolutePath();
        Path theme = TestContent.defaultTheme().toAbsolutePath();
        Path a = Files.createDirectories(dir.resolve("a/work"));
        Path b = Files.createDirectories(dir.resolve("b/somewhere/else"));
        String epoch = "1767225600"; // 2026-01-01 00:00 UTC
        Map<String, String> vietnam = Map.of("SOURCE_DATE_EPOCH", epoch, "TZ", "Asia/Ho_Chi_Minh", "LANG", "vi_VN.UTF-8", "LC_ALL", "vi_VN.UTF-8",
                "JAVA_TOOL_OPTIONS", "-Duser.language=vi -Duser.country=VN");
        Map<String, String> elsewhere = Map.of("SOURCE_DATE_EPOCH", epoch, "TZ", "Pacific/Kiritimati", "LANG", "C", "LC_ALL", "C",
                "JAVA_TOOL_OPTIONS", "-Duser.language=en -Duser.country=US -Dfile.encoding=ISO-8859-1");
        String[] args = {"build", "--content", content.toString(), "--theme", theme.toString(), "--out", "cong", "--base-url", "https://cds.example.gov.vn/"};
        Process first = BuildProcess.start(a, vietnam, dir.resolve("a.log"), args);
        Process second = BuildProcess.start(b, elsewhere, dir.resolve("b.log"), args);
        assertEquals(0, first.waitFor(), () -> read(dir.resolve("a.log")));
        assertEquals(0, second.waitFor(), () -> read(dir.resolve("b.log")));

        Map<String, String> one = BuildProcess.tree(a.resolve("cong"));
        Map<String, String> two = BuildProcess.tree(b.resolve("cong"));
        assertTrue(one.size() > 500, "the whole sample portal: " + one.size());
        assertTrue(one.containsKey("sitemap.xml") && one.containsKey("tin-tuc/atom.xml"), "feeds and sitemap are compared too");
        assertEquals(one.keySet(), two.keySet(), "the same files");
        for (String f : one.keySet()) assertEquals(one.get(f), two.get(f), () -> f + " differs between the two builds");
        assertTrue(read(a.resolve("cong/index.html")).contains("2026-01-01"), "the footer's build date is SOURCE_DATE_EPOCH's");
    }

    @Test
    void anInvalidSourceDateEpochIsAnErrorNotSilentlyIgnored() throws Exception {
        Path log = dir.resolve("bad.log");
        int exit = BuildProcess.run(dir, Map.of("SOURCE_DATE_EPOCH", "hôm qua"), log, "build", "--content",
                TestContent.sampleContent().toAbsolutePath().toString(), "--theme", TestContent.defaultTheme().toAbsolutePath().toString(), "--out", "cong");
        assertEquals(2, exit, () -> read(log));
        assertTrue(read(log).contains("[SOURCE_DATE_EPOCH]"), () -> read(log));
        assertFalse(Files.exists(dir.resolve("cong")), "nothing built with an unknown date");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}

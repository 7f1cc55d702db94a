package vn.dxportal.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SiteWriterTest {
    @TempDir Path dir;

    @Test
    void newSiteReplacesOldOnlyOnCommit() throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "v1".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "v2".getBytes(StandardCharsets.UTF_8));
            assertEquals("v1", Files.readString(out.resolve("index.html")), "old site untouched while the new one is written");
            w.commit();
        }
        assertEquals("v2", Files.readString(out.resolve("index.html")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no staging or old folders left behind");
        }
    }

    @Test
    void abandonedBuildLeavesThePreviousSiteExactly() throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("a/index.html", "old".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("a/index.html", "half".getBytes(StandardCharsets.UTF_8));
            // no commit: the build failed
        }
        assertEquals("old", Files.readString(out.resolve("a/index.html")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFolderDxportalDidNotCreateIsRefusedAndLeftAlone() throws Exception {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "precious");
        OutputRefused e = assertThrows(OutputRefused.class, () -> SiteWriter.open(out));
        assertTrue(e.getMessage().contains("không do dxportal tạo"));
        assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
        try (var s = Files.list(out)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void anEmptyFolderIsAccepted() throws Exception {
        Path out = dir.resolve("empty");
        Files.createDirectories(out);
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", new byte[]{1});
            w.commit();
        }
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
    }

    @Test
    void anOldSiteMovedAsideByAnInterruptedSwapIsRestored() throws Exception {
        Path out = dir.resolve("site");
        Path aside = dir.resolve(".site.old-999999");
        Files.createDirectories(aside);
        Files.writeString(aside.resolve("index.html"), "old");
        Files.writeString(aside.resolve(SiteWriter.MARKER), "");
        SiteWriter.recover(out);
        assertEquals("old", Files.readString(out.resolve("index.html")));
    }

    @Test
    void pathsCannotEscapeTheOutput() throws Exception {
        try (SiteWriter w = SiteWriter.open(dir.resolve("site"))) {
            assertThrows(java.io.UncheckedIOException.class, () -> w.write("../evil.html", new byte[]{1}));
            assertThrows(java.io.UncheckedIOException.class, () -> w.write(dir.resolve("abs.html").toString(), new byte[]{1}));
        }
        assertFalse(Files.exists(dir.resolve("evil.html")));
        assertFalse(Files.exists(dir.resolve("abs.html")));
    }
}

package vn.dxportal.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void deepFoldersMadeByThreadsAtOnceHoldEveryFile() throws Exception {
        // Threads write into the same new folders at the same moment: each folder is made once, by whichever
        // thread comes first, and no write fails because another thread made its folder.
        Path out = dir.resolve("site");
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) paths.add("don-vi/u" + (i % 7) + "/ky/" + (i % 13) + "/p" + i + "/index.html");
        try (SiteWriter w = SiteWriter.open(out)) {
            paths.parallelStream().forEach(p -> w.write(p, p.getBytes(StandardCharsets.UTF_8)));
            w.commit();
        }
        for (String p : paths) assertEquals(p, Files.readString(out.resolve(p)));
    }

    @Test
    void aFileInPiecesHasThePiecesBytesInOrderAndThePiecesStayAsTheyWere() throws Exception {
        // Pieces go to the disk together in calls of at most 1 MB, a big one split; overwriting a longer file cuts it to length.
        byte[] big = new byte[(1 << 20) * 2 + 123];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
        java.util.List<java.nio.ByteBuffer> pieces = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 3000; i++) {
            byte[] small = ("row " + i + ",").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            pieces.add(java.nio.ByteBuffer.wrap(small));
            expected.writeBytes(small);
            if (i % 1000 == 0) {
                pieces.add(java.nio.ByteBuffer.wrap(big, 7, big.length - 7));
                expected.write(big, 7, big.length - 7);
            }
        }
        Path file = dir.resolve("pieces.json");
        Files.write(file, new byte[expected.size() + 5000]);
        SiteWriter.overwriteFile(file, pieces);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
        assertEquals(7, pieces.get(1).position(), "the caller's buffers are not consumed");
        SiteWriter.writeFile(file, pieces);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file), "written again from the same pieces");
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
    void anOutputReachedThroughALinkIsUpdatedWhereItLivesAndTheLinkKept() throws Exception {
        Path served = dir.resolve("var/www/cong");
        try (SiteWriter w = SiteWriter.open(served)) {
            w.write("index.html", "v1".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        Path link = dir.resolve("site");
        Files.createSymbolicLink(link, served);
        try (SiteWriter w = SiteWriter.open(link)) {
            w.write("index.html", "v2".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals("v2", Files.readString(served.resolve("index.html")), "the served folder has the new site");
        try (var s = Files.list(served.getParent())) {
            assertEquals(List.of("cong"), s.map(p -> p.getFileName().toString()).toList(), "no leftovers beside it");
        }
    }

    @Test
    void aUsersFolderNamedLikeOursIsNeverTouchedByRecovery() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(dir.resolve(".site.tmp-backup"));
        Files.writeString(dir.resolve(".site.tmp-backup/x.txt"), "mine");
        Files.createDirectories(dir.resolve(".site.old-123"));
        Files.writeString(dir.resolve(".site.old-123/y.txt"), "mine too, no marker");
        Files.createDirectories(dir.resolve(".site.tmp-999999999"));
        Files.writeString(dir.resolve(".site.tmp-999999999/" + SiteWriter.STAGING_MARKER), "");
        Files.writeString(dir.resolve(".site.tmp-999999999/half.html"), "half");
        SiteWriter.recover(out);
        assertEquals("mine", Files.readString(dir.resolve(".site.tmp-backup/x.txt")));
        assertEquals("mine too, no marker", Files.readString(dir.resolve(".site.old-123/y.txt")));
        assertFalse(Files.exists(dir.resolve(".site.tmp-999999999")), "a dead build's marked staging folder is removed");
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

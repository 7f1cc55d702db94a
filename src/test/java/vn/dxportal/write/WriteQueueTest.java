package vn.dxportal.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class WriteQueueTest {
    @TempDir Path dir;

    @Test
    void everyFileHandedOverIsWrittenWhole() throws Exception {
        Path out = dir.resolve("site");
        // A capacity smaller than one file: a file is queued only when the queue is empty, and the handing threads write
        // the others themselves, beside the writer.
        try (SiteWriter w = SiteWriter.open(out); WriteQueue q = new WriteQueue(w, 10)) {
            IntStream.range(0, 400).parallel().forEach(i ->
                    q.put("d" + (i % 7) + "/p" + i + "/index.html", ("trang " + i + " ").repeat(i + 1).getBytes(StandardCharsets.UTF_8)));
            // Bigger than a write piece (1 MB): written in several calls, still whole.
            byte[] big = new byte[(3 << 20) + 5];
            for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
            q.put("du-lieu/toan-cong.json", big);
            q.finish();
            w.commit();
            assertArrayEquals(big, Files.readAllBytes(out.resolve("du-lieu/toan-cong.json")));
        }
        for (int i = 0; i < 400; i++) {
            assertEquals(("trang " + i + " ").repeat(i + 1), Files.readString(out.resolve("d" + (i % 7) + "/p" + i + "/index.html")), "page " + i);
        }
    }

    @Test
    void aWriteFailureStopsTheBuildAndKeepsTheOldSite() throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "cũ".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        List<RuntimeException> thrown = new ArrayList<>();
        try (SiteWriter w = SiteWriter.open(out); WriteQueue q = new WriteQueue(w, 1 << 20)) {
            q.put("a/index.html", "a".getBytes(StandardCharsets.UTF_8));
            // A folder where the next file should be: the writer thread fails on it.
            q.put("a", "không ghi được".getBytes(StandardCharsets.UTF_8));
            try {
                for (int i = 0; i < 1000; i++) q.put("b/" + i + ".html", "b".getBytes(StandardCharsets.UTF_8));
                q.finish();
            } catch (UncheckedIOException e) {
                thrown.add(e);
            }
        }
        assertEquals(1, thrown.size(), "the writer's failure reaches the build");
        assertEquals("cũ", Files.readString(out.resolve("index.html")), "the previous site is untouched");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "no staging folder left behind");
        }
    }

    @Test
    void aPathTheFileSystemRefusesFailsTheBuildInsteadOfStoppingTheWriterSilently() throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out); WriteQueue q = new WriteQueue(w, 16)) {
            // Not an I/O error but an InvalidPathException: the writer thread must still report it, and a full queue
            // must not leave the rendering threads waiting for a writer that has gone.
            UncheckedIOException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThrows(UncheckedIOException.class, () -> {
                q.put("a\0b.html", "x".repeat(32).getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 100; i++) q.put("b/" + i + ".html", "y".repeat(32).getBytes(StandardCharsets.UTF_8));
                q.finish();
            }));
            assertInstanceOf(java.nio.file.InvalidPathException.class, e.getCause().getCause(), "the refusal itself is kept as the cause");
        }
        assertFalse(Files.exists(out), "nothing committed");
    }

    @Test
    void closingWithoutFinishingStopsTheWriter() throws Exception {
        Path out = dir.resolve("site");
        WriteQueue q;
        try (SiteWriter w = SiteWriter.open(out)) {
            q = new WriteQueue(w, 1 << 20);
            q.put("x.html", "x".getBytes(StandardCharsets.UTF_8));
            q.close();
        }
        assertFalse(Files.exists(out.resolve("x.html")), "nothing committed");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("site-writer") && t.isAlive()),
                "the writer thread has ended");
    }

    @Test
    void aThreadWaitingForTheLastFilesWritesThemBesideTheWriter() throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out); WriteQueue q = new WriteQueue(w, 64)) {
            // With the writer held, the producer writes what a full queue cannot take, and only the helping thread
            // writes what the queue holds.
            Thread reader = holdWriterAtPipe(w, q);
            java.util.concurrent.FutureTask<Void> producer = new java.util.concurrent.FutureTask<>(() -> {
                for (int i = 0; i < 200; i++) q.put("t/" + i + ".json", ("[" + i + "]").getBytes(StandardCharsets.UTF_8));
                return null;
            });
            new Thread(producer, "producer").start();
            try {
                assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> q.helpUntil(producer));
                for (int i = 0; i < 200; i++) {
                    assertEquals("[" + i + "]", Files.readString(w.stagingDir().resolve("t/" + i + ".json")), "file " + i + " written while the writer waits");
                }
            } finally {
                reader.start(); // lets the writer thread go on, whatever the outcome
            }
            q.finish();
            reader.join();
            w.commit();
        }
        assertTrue(Files.exists(out.resolve("t/199.json")));
    }

    @Test
    void whenTheWriterIsBehindTheHandingThreadWritesItsOwnFile() throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out); WriteQueue q = new WriteQueue(w, 8)) {
            Thread reader = holdWriterAtPipe(w, q);
            try {
                // Over the capacity with the pipe's file waiting: written here, at once, not waiting for the writer.
                assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> q.put("a/index.html", "x".repeat(100).getBytes(StandardCharsets.UTF_8)));
                assertEquals("x".repeat(100), Files.readString(w.stagingDir().resolve("a/index.html")));
            } finally {
                reader.start(); // lets the writer thread go on, whatever the outcome
            }
            q.finish();
            reader.join();
            w.commit();
        }
        assertEquals("x".repeat(100), Files.readString(out.resolve("a/index.html")));
    }

    /**
     * Queues a named pipe as the first file: opening it for writing waits for a reader, so the writer thread is held
     * there. Returns that reader, not started: starting it lets the writer go on.
     */
    private static Thread holdWriterAtPipe(SiteWriter w, WriteQueue q) throws Exception {
        Path pipe = w.stagingDir().resolve("chan.html");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
        q.put("chan.html", "ống".getBytes(StandardCharsets.UTF_8));
        return new Thread(() -> {
            try {
                Files.readAllBytes(pipe);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

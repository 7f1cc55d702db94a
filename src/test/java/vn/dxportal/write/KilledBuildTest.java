package vn.dxportal.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.BuildProcess;
import vn.dxportal.TestContent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A build killed at any moment (SIGKILL: no shutdown hook, no finally) leaves the complete previous site or the
 * complete new one, never a mix, and the next build cleans up after it. The real command line runs in its own JVM
 * on a portal of a few hundred pages, switching between two versions of the content, and is killed at random
 * moments across its whole run; after each kill the output folder is compared file by file with the two reference
 * sites. The user's own files beside the output (including a folder named like ours) are never touched.
 */
class KilledBuildTest {
    /**
     * A fixed number of kills, not a time budget: on a loaded machine a budget allowed too few kills to mean
     * anything (6 in 35 s), and a count keeps the test's strength the same everywhere (about 12 builds' time).
     */
    private static final int KILLS = 12;

    @TempDir Path dir;

    @Test
    void everyKillLeavesTheOldOrTheNewSiteAndTheNextBuildRecovers() throws Exception {
        Path contentA = portal(dir.resolve("a"), "Bản cũ");
        Path contentB = portal(dir.resolve("b"), "Bản mới");
        Files.writeString(contentB.resolve("units/huyen-b/news/tin-them.md"), post("Tin thêm", "Bản mới"));
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Timing timing = timed(build(contentA, refs.resolve("a"), refs.resolve("a.log")), refs.resolve("a"));
        assertEquals(0, build(contentB, refs.resolve("b"), refs.resolve("b.log")).waitFor(), () -> read(refs.resolve("b.log")));
        Map<String, Map<String, String>> reference = Map.of("a", BuildProcess.tree(refs.resolve("a")), "b", BuildProcess.tree(refs.resolve("b")));
        assertNotEquals(reference.get("a"), reference.get("b"));
        assertTrue(reference.get("a").size() > 120, "a mid-size portal: " + reference.get("a").size() + " files");

        Path www = Files.createDirectories(dir.resolve("www"));
        Path out = www.resolve("cong");
        Files.writeString(www.resolve("ghi-chu.txt"), "của người dùng");
        Files.createDirectories(www.resolve(".cong.tmp-backup"));
        Files.writeString(www.resolve(".cong.tmp-backup/quan-trong.txt"), "của người dùng");
        Map<String, String> userFiles = userFiles(www);
        assertEquals(0, build(contentA, out, dir.resolve("first.log")).waitFor());

        long seed = System.nanoTime();
        Random random = new Random(seed);
        String current = "a";
        Map<String, Integer> outcomes = new TreeMap<>();
        int kills = 0;
        List<Long> killed = new ArrayList<>();
        for (; kills < KILLS; kills++) {
            String target = current.equals("a") ? "b" : "a";
            Process p = build(target.equals("a") ? contentA : contentB, out, dir.resolve("kill.log"));
            // Half the kills anywhere from start-up to past the end; half while pages are written and swapped in (from
            // the moment the staging folder appears), the part where a non-atomic writer would leave a mix.
            if (random.nextBoolean()) {
                Thread.sleep((long) (random.nextDouble() * timing.totalMs * 1.1));
            } else {
                waitForStaging(out, p);
                Thread.sleep((long) (random.nextDouble() * timing.writingMs * 2));
            }
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            killed.add(p.pid());
            String where = "kill " + kills + " (seed " + seed + ", " + timing + ")";
            assertEquals(userFiles, userFiles(www), where + ": the user's files are untouched");
            if (Files.exists(out)) {
                Map<String, String> now = BuildProcess.tree(out);
                String state = now.equals(reference.get("a")) ? "a" : now.equals(reference.get("b")) ? "b" : null;
                assertNotNull(state, () -> where + ": the output is neither the old nor the new site: " + diff(now, reference));
                outcomes.merge(state.equals(current) ? "old site kept" : "new site complete", 1, Integer::sum);
                current = state;
            } else {
                // Killed between the two renames of the swap: the complete old site waits beside, the next build restores it.
                List<Path> aside = siblings(www, ".cong.old-");
                assertEquals(1, aside.size(), where + ": the output is missing and no old site waits beside it");
                assertEquals(reference.get(current), BuildProcess.tree(aside.get(0)), where + ": the site moved aside is complete");
                outcomes.merge("killed mid-swap", 1, Integer::sum);
            }
            for (Path left : siblings(www, ".cong.")) {
                String name = left.getFileName().toString();
                assertTrue(name.equals(".cong.tmp-backup") || killed.stream().anyMatch(pid -> name.matches("\\.cong\\.(tmp|old)-" + pid)),
                        where + ": only the killed builds' own leftovers: " + left);
            }
        }
        System.out.println("[KilledBuildTest] " + kills + " kills, " + timing + ": " + outcomes);

        String target = current.equals("a") ? "b" : "a";
        assertEquals(0, build(target.equals("a") ? contentA : contentB, out, dir.resolve("last.log")).waitFor(), () -> read(dir.resolve("last.log")));
        assertEquals(reference.get(target), BuildProcess.tree(out), "the next build completes the new site");
        try (Stream<Path> left = Files.list(www)) {
            assertEquals(List.of(".cong.tmp-backup", "cong", "ghi-chu.txt"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the next build removed every leftover of the killed ones, and nothing else");
        }
        assertEquals(userFiles, userFiles(www));
    }

    /** How long a full build takes, and how much of it is spent writing (from the staging folder's creation on). */
    private record Timing(long totalMs, long writingMs) {
        @Override public String toString() { return "build " + totalMs + " ms, writing " + writingMs + " ms"; }
    }

    private static Timing timed(Process p, Path out) throws Exception {
        long start = System.nanoTime();
        waitForStaging(out, p);
        long staging = System.nanoTime();
        assertEquals(0, p.waitFor());
        long end = System.nanoTime();
        return new Timing((end - start) / 1_000_000, Math.max(1, (end - staging) / 1_000_000));
    }

    /** Polls until the build's staging folder ({@code .<out>.tmp-<pid>}) exists or the process has ended. */
    private static void waitForStaging(Path out, Process p) throws InterruptedException {
        Path staging = out.resolveSibling("." + out.getFileName() + ".tmp-" + p.pid());
        while (p.isAlive() && !Files.exists(staging)) Thread.sleep(2);
    }

    private Process build(Path content, Path out, Path log) {
        return BuildProcess.start(dir, Map.of("SOURCE_DATE_EPOCH", "1686787200"), log, "build", "--content", content.toString(),
                "--theme", TestContent.defaultTheme().toAbsolutePath().toString(), "--out", out.toString());
    }

    /** TestContent with 50 posts: a few hundred pages and files, built in a couple of seconds. */
    private static Path portal(Path dir, String words) throws IOException {
        TestContent c = new TestContent(dir);
        for (int i = 1; i <= 50; i++) c.write("units/huyen-b/news/tin-so-" + i + ".md", post("Tin số " + i, words + " " + i));
        return c.root;
    }

    private static String post(String title, String body) {
        return "---\ntitle: " + title + "\ndate: \"2023-0" + (1 + Math.abs(title.hashCode()) % 5) + "-1" + (Math.abs(title.hashCode()) % 9) + "\"\n"
                + "tags: [chuyển đổi số]\ncategory: Tin hoạt động\n---\n## Nội dung\n\n" + body + "\n";
    }

    private static Map<String, String> userFiles(Path www) {
        Map<String, String> files = new TreeMap<>();
        files.put("ghi-chu.txt", read(www.resolve("ghi-chu.txt")));
        files.put(".cong.tmp-backup/quan-trong.txt", read(www.resolve(".cong.tmp-backup/quan-trong.txt")));
        return files;
    }

    private static List<Path> siblings(Path www, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(www)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList());
        }
    }

    private static String diff(Map<String, String> now, Map<String, Map<String, String>> refs) {
        StringBuilder b = new StringBuilder();
        refs.forEach((name, ref) -> {
            long missing = ref.keySet().stream().filter(k -> !now.containsKey(k)).count();
            long changed = ref.keySet().stream().filter(k -> now.containsKey(k) && !now.get(k).equals(ref.get(k))).count();
            b.append(name).append(": ").append(missing).append(" missing, ").append(changed).append(" different; ");
        });
        return b.toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

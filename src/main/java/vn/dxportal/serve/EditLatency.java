package vn.dxportal.serve;

import org.apache.commons.io.FileUtils;
import vn.dxportal.build.Pipeline;
import vn.dxportal.site.Urls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures what an editor waits for in {@code serve}: from saving a file to the rebuilt page on disk, through the
 * same watcher and incremental build. Works on a copy of the content (the original is never touched): builds it
 * once, then N times appends a sentence to one period narrative, and N times changes one figure in that period's
 * YAML, each time waiting until the period's page has been written again. Two edits of each kind are made first
 * and not counted, as a running preview is warm after its first saves.
 * <pre>java -cp target/dxportal.jar vn.dxportal.serve.EditLatency --content DIR [--theme DIR] [--runs N] [--phases]</pre>
 * Prints {@code markdown edit: median X ms (n=N)} and {@code period yaml edit: median Y ms (n=N)}; with
 * {@code --phases}, each rebuild's time by phase as well.
 */
public final class EditLatency {
    private static final int WARM_UP = 2;
    private static final Pattern FIGURE = Pattern.compile("(?m)^(\\s*-?\\s*value: )(\\d+)\\s*$");

    private EditLatency() {}

    public static void main(String[] args) throws Exception {
        Path content = Path.of("content");
        Path theme = Path.of("themes/default");
        int runs = 10;
        boolean phases = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--content" -> content = Path.of(args[++i]);
                case "--theme" -> theme = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--phases" -> phases = true;
                default -> {
                    System.err.println("Tham số không rõ: " + args[i] + "\nCách dùng: EditLatency --content DIR [--theme DIR] [--runs N] [--phases]");
                    System.exit(2);
                }
            }
        }
        Path temp = Files.createTempDirectory("dxportal-latency-");
        int status;
        try {
            Path copy = temp.resolve("content");
            FileUtils.copyDirectory(content.toFile(), copy.toFile());
            status = measure(copy, theme, temp.resolve("site"), runs, phases);
        } finally {
            // Before exiting, not in a finally around System.exit (which never returns): a national run leaves 1.5 GB.
            FileUtils.deleteQuietly(temp.toFile());
        }
        System.exit(status);
    }

    private static int measure(Path content, Path theme, Path out, int runs, boolean phases) throws IOException, InterruptedException {
        Path narrative = firstNarrative(content);
        if (narrative == null) {
            System.err.println(content + ": không có đơn vị nào có phần thuyết minh kỳ báo cáo (units/*/periods/*.md) để đo.");
            return 1;
        }
        String unit = narrative.getParent().getParent().getFileName().toString();
        String period = narrative.getFileName().toString().replace(".md", "");
        Path yaml = narrative.resolveSibling(period + ".yaml");
        String page = Urls.periodPath(unit, period);

        BlockingQueue<IncrementalBuild.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (LiveSite site = new LiveSite(new Pipeline.Options(content, theme, out, null, null))) {
            if (!site.first().ok()) {
                site.first().errors().forEach(d -> System.err.println(d.toText()));
                return 1;
            }
            site.onRebuild(outcomes::add);
            List<Long> markdown = new ArrayList<>();
            List<Long> figures = new ArrayList<>();
            for (int i = 0; i < WARM_UP + runs; i++) {
                int n = i;
                long md = timed(outcomes, page, () -> Files.writeString(narrative, "\n\nCâu đo thử số " + n + ".\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND), phases ? "markdown" : null);
                long fig = timed(outcomes, page, () -> bumpFigure(yaml), phases ? "period yaml" : null);
                if (i >= WARM_UP) {
                    markdown.add(md);
                    figures.add(fig);
                }
            }
            System.out.println("markdown edit: median " + median(markdown) + " ms (n=" + runs + ")");
            System.out.println("period yaml edit: median " + median(figures) + " ms (n=" + runs + ")");
            return 0;
        }
    }

    private interface Edit { void run() throws IOException; }

    /**
     * Milliseconds from the edit to the rebuild that wrote {@code page}; with a {@code label}, also prints that
     * rebuild's phases (where its time went) and how many pages it drew.
     */
    private static long timed(BlockingQueue<IncrementalBuild.Outcome> outcomes, String page, Edit edit, String label) throws IOException, InterruptedException {
        outcomes.clear();
        long start = System.nanoTime();
        edit.run();
        while (true) {
            IncrementalBuild.Outcome o = outcomes.poll(60, TimeUnit.SECONDS);
            if (o == null) throw new IllegalStateException("no rebuild within 60 s of an edit");
            // A failed rebuild is a save caught half-written (the file truncated, not yet filled): the watcher
            // sees the rest of the save and rebuilds again, as it does for an editor's save.
            if (o.ok() && o.written().contains(page)) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (label != null) {
                    System.out.println(label + ": " + millis + " ms, drew " + o.rendered() + ", wrote " + o.written().size() + " — " + o.phases());
                }
                return millis;
            }
        }
    }

    /** Adds one to the first whole-number figure ({@code value: N}) of a period's YAML. */
    private static void bumpFigure(Path yaml) throws IOException {
        String text = Files.readString(yaml);
        Matcher m = FIGURE.matcher(text);
        if (!m.find()) throw new IllegalStateException(yaml + " has no whole-number 'value:' to change");
        String bumped = m.group(1) + (Long.parseLong(m.group(2)) + 1);
        Files.writeString(yaml, text.substring(0, m.start()) + bumped + text.substring(m.end()));
    }

    /** The first period narrative (in sorted order) whose YAML has a whole-number figure to change. */
    private static Path firstNarrative(Path content) throws IOException {
        Path units = content.resolve("units");
        if (!Files.isDirectory(units)) return null;
        try (Stream<Path> walk = Files.walk(units, 3)) {
            for (Path md : walk.filter(p -> p.getParent().getFileName().toString().equals("periods") && p.toString().endsWith(".md")).sorted().toList()) {
                Path yaml = md.resolveSibling(md.getFileName().toString().replace(".md", ".yaml"));
                if (Files.exists(yaml) && FIGURE.matcher(Files.readString(yaml)).find()) return md;
            }
        }
        return null;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

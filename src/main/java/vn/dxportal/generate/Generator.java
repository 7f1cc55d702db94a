package vn.dxportal.generate;

import org.apache.commons.io.FileUtils;
import vn.dxportal.diag.Msg;
import vn.dxportal.write.OutputRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code dxportal generate}: writes a synthetic portal (a built-in preset, or the neutral benchmark fixture
 * converted) as dxportal content into a folder. The folder carries a marker file; a non-empty folder without it
 * holds someone's own files and is refused, never cleared.
 */
public final class Generator {
    public static final String MARKER = ".dxportal-generated";

    /** What was written. */
    public record Result(int provinces, int districts, int periods, int news, int documents, int files, long bytes) {}

    private Generator() {}

    public static boolean isPreset(String name) {
        return Synthesizer.PRESETS.containsKey(name);
    }

    public static Result preset(String name, long seed, Path out) throws IOException, OutputRefused {
        Synthesizer.Preset preset = Synthesizer.PRESETS.get(name);
        if (preset == null) throw new IllegalArgumentException("unknown preset " + name);
        String title = name.equals("national") ? "Cổng thông tin chuyển đổi số toàn quốc (dữ liệu tổng hợp)"
                : "Cổng thông tin chuyển đổi số tỉnh (dữ liệu tổng hợp)";
        return write(new Synthesizer(preset, seed), title, "preset " + name + ", seed " + seed, out);
    }

    public static long defaultSeed() { return Synthesizer.DEFAULT_SEED; }

    public static Result fromFixture(Path fixture, Path out) throws IOException, OutputRefused {
        FixtureSource source = new FixtureSource(fixture);
        return write(source, "Cổng thông tin chuyển đổi số (dữ liệu mẫu trung lập)", "from fixture " + fixture.toAbsolutePath().normalize(), out);
    }

    private static Result write(NeutralSource source, String title, String origin, Path out) throws IOException, OutputRefused {
        prepare(out);
        Files.writeString(out.resolve(MARKER), "Thư mục này do `dxportal generate` tạo (" + origin + "); mỗi lần generate sẽ thay toàn bộ nội dung.\n");
        ContentMapper mapper = new ContentMapper(source.indicators(), source.provinces());
        long[] bytes = {0};
        int[] counts = new int[5]; // districts, periods, news, documents, files
        for (Map.Entry<String, String> f : mapper.portalFiles(title).entrySet()) bytes[0] += write(out, f.getKey(), f.getValue(), counts);
        source.eachDistrict(d -> {
            counts[0]++;
            counts[1] += d.narratives().size();
            counts[2] += d.news().size();
            for (Map.Entry<String, String> f : mapper.district(d).entrySet()) {
                if (f.getKey().endsWith("/documents.yaml")) counts[3] += count(f.getValue(), "\n  - id: ", "\n- id: ");
                bytes[0] += write(out, f.getKey(), f.getValue(), counts);
            }
        });
        return new Result(source.provinces().size(), counts[0], counts[1], counts[2], counts[3], counts[4], bytes[0]);
    }

    private static int count(String text, String... needles) {
        int n = 0;
        for (String needle : needles) for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static long write(Path out, String relative, String text, int[] counts) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, data);
        counts[4]++;
        return data.length;
    }

    /** Creates the folder, or empties one an earlier run of the generator wrote; refuses anything else. */
    private static void prepare(Path out) throws IOException, OutputRefused {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputRefused(Msg.OUTPUT_NOT_A_FOLDER, out.toString());
        }
        if (Files.isDirectory(out) && !isEmpty(out)) {
            if (!Files.exists(out.resolve(MARKER))) {
                throw new OutputRefused(Msg.OUTPUT_NOT_OURS, out.toString());
            }
            FileUtils.cleanDirectory(out.toFile());
        }
        Files.createDirectories(out);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }
}

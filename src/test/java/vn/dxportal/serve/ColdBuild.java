package vn.dxportal.serve;

import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.render.Templates;
import vn.dxportal.write.SiteWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A cold build made in memory from {@link Pipeline}'s own stages (plan with no caches, render every page, the static
 * files, the site marker) — what {@link Pipeline#build} writes, without writing and deleting thousands of files per
 * comparison. Tests that use it also compare once with a real build on disk, so the two cannot drift apart unseen.
 */
final class ColdBuild {
    private ColdBuild() {}

    /** Every output file by path, with its bytes as text of their SHA-256 (as {@link SampleCopy#tree}). */
    static Map<String, String> hashes(Pipeline.Options options) throws IOException {
        Pipeline.Planned planned = Pipeline.plan(options);
        Diagnostics diagnostics = planned.diagnostics();
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        Templates templates = Pipeline.templates(options);
        Map<String, String> files = new ConcurrentHashMap<>();
        planned.pages().parallelStream().forEach(page -> {
            try {
                files.put(page.path(), hex(vn.dxportal.site.Page.Pieces.join(Pipeline.render(templates, page))));
            } catch (Templates.TemplateProblem e) {
                throw new AssertionError(e.diagnostic().toString(), e);
            }
        });
        for (Map.Entry<String, Path> asset : Pipeline.staticFiles(options, diagnostics).entrySet()) {
            files.put(asset.getKey(), hex(Files.readAllBytes(asset.getValue())));
        }
        files.put(SiteWriter.MARKER, hex(SiteWriter.MARKER_TEXT.getBytes(StandardCharsets.UTF_8)));
        return new TreeMap<>(files);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(Hashes.sha256(bytes));
    }
}

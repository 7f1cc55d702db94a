package vn.dxportal.content;

import org.junit.jupiter.api.Test;
import vn.dxportal.diag.Diagnostic;

import static org.junit.jupiter.api.Assertions.*;

class YamlReaderTest {

    @Test
    void recordsTheLineAndColumnOfEveryKeyAndListItem() {
        YamlDocument doc = YamlReader.read("f.yaml", "title: A\nindicators:\n  - indicator: x\n    target: 85\n", 0).document();
        assertEquals(1, doc.at("/title").line());
        assertEquals(4, doc.at("/indicators/0/target").line());
        assertEquals(13, doc.at("/indicators/0/target").column(), "a scalar points at its value");
        assertEquals(5, doc.keyAt("/indicators/0/target").column(), "and its key is kept too");
        assertEquals(3, doc.at("/indicators/0").line());
    }

    @Test
    void unknownPointerFallsBackToNearestAncestor() {
        YamlDocument doc = YamlReader.read("f.yaml", "a:\n  b: 1\n", 0).document();
        assertEquals(2, doc.at("/a/b/c/d").line());
    }

    @Test
    void aKeyTheFileLacksPointsAtItsFirstNodeAsAFullReadingDoes() {
        String text = "# Kỳ báo cáo\n\n  title: A\n  indicators: []\n";
        YamlDocument quick = YamlReader.read("f.yaml", text, 0).document();
        YamlDocument full = YamlReader.read("f.yaml", text, 0).document();
        full.at("/title"); // reads every position: the next lookup walks the recorded ones
        assertEquals(full.at("/tasks"), quick.at("/tasks"));
        assertEquals(3, quick.at("/tasks/0/name").line());
        assertEquals(3, quick.at("/tasks/0/name").column());
        // In front matter the lines count from the real file's first line.
        YamlDocument front = MarkdownFile.parseFrontMatter("p.md", "---\n# c\ntitle: A\n---\nBody\n", new StringBuilder()).document();
        assertEquals(3, front.at("/date").line());
        assertEquals(1, YamlReader.read("f.yaml", "", 0).document().at("/a").line(), "an empty file points at its first line");
    }

    @Test
    void oneNodesPositionIsWhatTheWholeReadingRecords() throws Exception {
        java.util.List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(vn.dxportal.TestContent.sampleContent())) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        int checked = 0;
        for (java.nio.file.Path f : files) {
            String text = TextFiles.read(f);
            YamlDocument.Positions all = YamlReader.positions(f.toString(), text, 2);
            // One node in 23 (sorted, so the same ones each run), each with children it lacks: reading the text
            // again for every node of the sample takes longer than the rest of the content tests.
            java.util.List<String> pointers = all.values().keySet().stream().sorted().toList();
            for (int k = 0; k < pointers.size(); k += 23) {
                String pointer = pointers.get(k);
                for (String asked : java.util.List.of(pointer, pointer + "/khong-co", pointer + "/0", pointer + "/00")) {
                    assertEquals(nearestRecorded(all, asked), YamlReader.positionOf(f.toString(), text, 2, asked), f + " " + asked);
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, "the sample's YAML has many nodes: " + checked);
    }

    /** What YamlDocument.at answers from the whole reading: the pointer's position or its nearest ancestor's. */
    private static vn.dxportal.diag.SourcePosition nearestRecorded(YamlDocument.Positions all, String pointer) {
        String p = pointer;
        while (!all.values().containsKey(p)) p = p.substring(0, p.lastIndexOf('/'));
        return all.values().get(p);
    }

    @Test
    void aTreeThatIsNotTheTextsStillPointsByTheText() {
        YamlDocument doc = YamlReader.read("f.yaml", "title: A\nlist:\n  - x\n", 0).document();
        com.fasterxml.jackson.databind.node.ObjectNode other = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        other.put("added", "on the command line");
        assertEquals(3, doc.withRoot(other).at("/list/0").line(), "the text has the list the other tree lacks");
        assertEquals(1, doc.withRoot(other).at("/added").line());
        assertEquals(3, doc.withoutTree().at("/list/0").line());
    }

    @Test
    void malformedYamlIsADiagnosticWithPosition() {
        YamlReader.Result r = YamlReader.read("f.yaml", "title: A\nlist: [1, 2\nother: b\n", 0);
        assertNull(r.document());
        Diagnostic d = r.problems().get(0);
        assertEquals("YAML_SYNTAX", d.code());
        assertTrue(d.line() >= 2, "line of the error: " + d.line());
    }

    @Test
    void tabsInIndentationAreNamedClearly() {
        YamlReader.Result r = YamlReader.read("f.yaml", "a:\n\tb: 1\n", 0);
        Diagnostic d = r.problems().get(0);
        assertEquals("YAML_TAB", d.code());
        assertEquals(2, d.line());
        assertEquals(1, d.column());
    }

    @Test
    void duplicateKeysAreRefused() {
        YamlReader.Result r = YamlReader.read("f.yaml", "title: A\ntitle: B\n", 0);
        assertEquals("YAML_DUPLICATE_KEY", r.problems().get(0).code());
        assertEquals(2, r.problems().get(0).line());
    }

    @Test
    void numbersKeepTheirExactDecimalValue() {
        YamlDocument doc = YamlReader.read("f.yaml", "p: 89.64\nn: 17512432000\n", 0).document();
        assertEquals("89.64", doc.root().get("p").decimalValue().toPlainString());
        assertEquals(17512432000L, doc.root().get("n").longValue());
    }

    @Test
    void frontMatterPositionsCountFromTheRealFirstLine() {
        StringBuilder body = new StringBuilder();
        YamlReader.Result r = MarkdownFile.parseFrontMatter("p.md", "---\ntitle: A\ndate: x\n---\nBody\n", body);
        assertEquals(3, r.document().at("/date").line());
        assertEquals("Body\n", body.toString());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        YamlReader.Result r = MarkdownFile.parseFrontMatter("p.md", "---\ntitle: A\nBody\n", new StringBuilder());
        assertEquals("FRONT_MATTER_UNCLOSED", r.problems().get(0).code());
    }
}

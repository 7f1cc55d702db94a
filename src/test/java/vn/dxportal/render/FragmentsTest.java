package vn.dxportal.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code <@cached key=[…]>}: a block is drawn once per key and build, and a wrong key is a template error. */
class FragmentsTest {

    /** Counts how often a block ran. */
    public static final class Counter {
        private final AtomicInteger runs = new AtomicInteger();

        public int next() { return runs.incrementAndGet(); }
    }

    @Test
    void aBlockIsDrawnOncePerKeyAndAgainInANewRun(@TempDir Path dir) throws Exception {
        Templates templates = OneTemplateTheme.of(dir, "<p>${lang}</p><@cached key=[lang, part]><b>${part} #${counter.next()}</b></@cached>");
        Counter counter = new Counter();
        assertEquals("<p>vi</p><b>đầu #1</b>", templates.render("t.ftlh", Map.of("lang", "vi", "part", "đầu", "counter", counter)));
        assertEquals("<p>vi</p><b>đầu #1</b>", templates.render("t.ftlh", Map.of("lang", "vi", "part", "đầu", "counter", counter)),
                "the same key: the first drawing, the block not run again");
        assertEquals("<p>en</p><b>đầu #2</b>", templates.render("t.ftlh", Map.of("lang", "en", "part", "đầu", "counter", counter)),
                "another key: drawn");
        templates.newRun();
        assertEquals("<p>vi</p><b>đầu #3</b>", templates.render("t.ftlh", Map.of("lang", "vi", "part", "đầu", "counter", counter)),
                "a new run draws again");
    }

    @Test
    void keysAreListsOfStringsKeptApart(@TempDir Path dir) throws Exception {
        Templates templates = OneTemplateTheme.of(dir, "<@cached key=parts>${counter.next()}</@cached>");
        Counter counter = new Counter();
        assertEquals("1", templates.render("t.ftlh", Map.of("parts", List.of("a,b"), "counter", counter)));
        assertEquals("2", templates.render("t.ftlh", Map.of("parts", List.of("a", "b"), "counter", counter)), "[\"a,b\"] is not [\"a\", \"b\"]");
        assertEquals("3", templates.render("t.ftlh", Map.of("parts", List.of("a", "b", ""), "counter", counter)));
    }

    @Test
    void aKeyThatIsNotAListOfStringsIsATemplateError(@TempDir Path dir) throws Exception {
        Templates templates = OneTemplateTheme.of(dir, "<@cached key=parts>x</@cached>");
        Templates.TemplateProblem notList = assertThrows(Templates.TemplateProblem.class,
                () -> templates.render("t.ftlh", Map.of("parts", "một chuỗi")));
        assertTrue(notList.getMessage().contains("@cached"), notList.getMessage());
        Templates.TemplateProblem notString = assertThrows(Templates.TemplateProblem.class,
                () -> templates.render("t.ftlh", Map.of("parts", List.of("a", 3))));
        assertTrue(notString.getMessage().contains("key item 2"), notString.getMessage());
    }
}

package vn.dxportal.diag;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every diagnostic exists in Vietnamese and English, the two differ, and nothing in the code makes a diagnostic
 * outside the catalogue. docs/diagnostics.md is generated from the catalogue: run with -Ddxportal.writeDocs=true
 * to refresh it after changing {@link Msg}.
 */
class DiagnosticCatalogTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** Letters only Vietnamese uses: an English text containing one was most likely not translated. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]");
    /** Messages whose English legitimately names Vietnamese values the file must contain. */
    private static final Set<Msg> NAMES_VIETNAMESE_VALUES = Set.of();
    private static final Path DOC = Path.of("docs/diagnostics.md");

    @Test
    void everyMessageHasBothLanguagesAndTheyDiffer() {
        for (Msg m : Msg.values()) {
            for (Lang lang : Lang.values()) {
                assertFalse(m.template(lang) == null || m.template(lang).isBlank(), m + " has no " + lang + " message");
                assertFalse(m.hintTemplate(lang) == null || m.hintTemplate(lang).isBlank(), m + " has no " + lang + " hint (what to do)");
            }
            assertNotEquals(m.template(Lang.VI), m.template(Lang.EN), m + ": the English message is the Vietnamese one");
            assertNotEquals(m.hintTemplate(Lang.VI), m.hintTemplate(Lang.EN), m + ": the English hint is the Vietnamese one");
            assertEquals(placeholders(m.template(Lang.VI)), placeholders(m.template(Lang.EN)), m + ": messages use different arguments");
            assertEquals(placeholders(m.hintTemplate(Lang.VI)), placeholders(m.hintTemplate(Lang.EN)), m + ": hints use different arguments");
            if (!NAMES_VIETNAMESE_VALUES.contains(m)) {
                assertFalse(VIETNAMESE.matcher(m.template(Lang.EN) + m.hintTemplate(Lang.EN)).find(), m + ": English text has Vietnamese in it");
            }
            assertTrue(m.code().matches("[A-Z][A-Z0-9_]*"), m + ": code " + m.code());
        }
    }

    @Test
    void argumentsAreWordedPerLanguage() {
        Diagnostic d = Diagnostic.warning(Msg.PARTS_SUM_MISMATCH, new SourcePosition("a.yaml", 3, 5),
                Text.of("6.322", "6,322"), Text.of("tổng kinh phí", "total budget"), "7", "1");
        assertEquals("Các phần cộng lại được 6.322, khác tổng kinh phí báo cáo nêu là 7 (chênh 1).", d.message());
        assertEquals("The parts add up to 6,322, not the total budget of 7 the report states (a difference of 1).", d.messageIn(Lang.EN));
        assertTrue(d.toText().startsWith("a.yaml:3:5: cảnh báo [PARTS_SUM_MISMATCH] "), d.toText());
        assertTrue(d.toText(Lang.EN).startsWith("a.yaml:3:5: warning [PARTS_SUM_MISMATCH] "), d.toText(Lang.EN));
        assertTrue(d.toText(Lang.EN).contains("\n    → Check each part"), d.toText(Lang.EN));
    }

    @Test
    void languageChoice() {
        assertEquals(Lang.EN, Lang.parse("en"));
        assertEquals(Lang.EN, Lang.parse("en_US.UTF-8"));
        assertEquals(Lang.VI, Lang.parse("VI"));
        assertNull(Lang.parse("fr"));
        assertEquals(Lang.EN, Lang.choose("en"));
    }

    /** A diagnostic made from bare strings has no English; the deprecated factories exist only so old branches compile. */
    @Test
    void noDiagnosticIsMadeOutsideTheCatalogue() throws IOException {
        // Also a finding printed by hand in the diagnostic form ("…: lỗi [CODE] …"): it would have no English either.
        Pattern bare = Pattern.compile("Diagnostic\\.(error|warning)\\(\\s*\"|new Diagnostic\\(|\"[^\"\\n]*lỗi \\[");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/diag/")).toList()) {
                String text = Files.readString(f);
                Matcher m = bare.matcher(text);
                while (m.find()) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    offenders.add(f + ":" + line + ": " + text.substring(m.start(), Math.min(text.length(), m.end() + 40)).replace("\n", " "));
                }
            }
        }
        assertTrue(offenders.isEmpty(), "Create diagnostics from vn.dxportal.diag.Msg (both languages), not from strings:\n" + String.join("\n", offenders));
    }

    @Test
    void everyMessageIsUsed() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Msg.java")).map(p -> {
                try { return Files.readString(p); } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
            }).collect(Collectors.joining("\n"));
        }
        List<Msg> unused = Arrays.stream(Msg.values()).filter(m -> !code.contains("Msg." + m.name())).toList();
        assertTrue(unused.isEmpty(), "Messages nothing uses (delete them or use them): " + unused);
    }

    @Test
    void docsListEveryCode() throws IOException {
        String expected = document();
        if (Boolean.getBoolean("dxportal.writeDocs")) Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/diagnostics.md is out of date: run mvn -o test -Dtest=DiagnosticCatalogTest -Ddxportal.writeDocs=true");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** One section per code (several wordings may share a code), Vietnamese first, then English. */
    static String document() {
        Map<String, List<Msg>> byCode = new LinkedHashMap<>();
        for (Msg m : Msg.values()) byCode.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
        StringBuilder out = new StringBuilder("""
                # Mã thông báo lỗi / Diagnostic codes

                <!-- Generated from src/main/java/vn/dxportal/diag/Msg.java by DiagnosticCatalogTest; edit Msg.java, not this file. -->

                `check` and `build` print each finding as `file:line:column: lỗi|cảnh báo [CODE] message` and, on the next
                line, `→ what to do`. The code in brackets is stable: search this page for it. Messages are in Vietnamese by
                default; `--lang en` (or `DXPORTAL_LANG=en`) prints them in English. `{0}`, `{1}`… stand for the key, file,
                value or number the message names.

                Mỗi lỗi in ra dạng `tệp:dòng:cột: lỗi [MÃ] nội dung`, dòng sau là cách sửa (→). Mã trong ngoặc vuông không đổi
                giữa các phiên bản; tìm mã trên trang này để biết ý nghĩa và cách sửa.

                """);
        byCode.forEach((code, msgs) -> {
            out.append("## ").append(code).append("\n\n");
            for (Msg m : msgs) {
                out.append("- **Lỗi:** ").append(m.template(Lang.VI)).append("  \n")
                        .append("  **Cách sửa:** ").append(m.hintTemplate(Lang.VI)).append("  \n")
                        .append("  *Meaning:* ").append(m.template(Lang.EN)).append("  \n")
                        .append("  *Fix:* ").append(m.hintTemplate(Lang.EN)).append("\n");
            }
            out.append("\n");
        });
        return out.toString().replaceAll("\n+$", "\n");
    }
}

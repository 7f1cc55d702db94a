package vn.dxportal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * docs/huong-dan-bien-tap.md works as written: every {@code java -jar target/dxportal.jar …} line of its shell blocks
 * runs, in order, on a copy of the repository's content (all but {@code serve}, which needs a running server), and
 * every error it shows is the real output of {@code check} after the edit the guide describes.
 */
class GuideTest {
    private static final Path GUIDE = Path.of("docs/huong-dan-bien-tap.md");
    private static final String JAR = "java -jar target/dxportal.jar";
    private static final Pattern BLOCK = Pattern.compile("```(sh|text)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile(": lỗi \\[([A-Z_]+)]");

    @TempDir Path dir;

    /** The edit each error example in the guide describes, applied to the files the guide's own commands made. */
    private static final Map<String, Edit> EDITS = Map.of(
            "UNKNOWN_KEY", new Edit("units/lam-thao/periods/2023.yaml", s -> once(s, "\n    target: 85\n", "\n    taget: 85\n")),
            "WRONG_TYPE", new Edit("units/lam-thao/periods/2023.yaml", s -> once(s, "\n      percent: 89.64\n", "\n      percent: 89,64\n")),
            "YAML_TAB", new Edit("units/lam-thao/periods/2023.yaml", s -> once(s, "\n    value: 156\n", "\n\tvalue: 156\n")),
            "UNKNOWN_INDICATOR", new Edit("units/lam-thao/periods/2023.yaml", s -> once(s, "- indicator: to-cong-nghe-so\n", "- indicator: to-cong-nghe\n")),
            "BAD_DATE", new Edit("units/lam-thao/news/hoi-nghi-tap-huan-chuyen-doi-so-nam-2023.md", s -> once(s, "date: \"2023-06-30\"", "date: \"2023-06-31\"")),
            "LINK_BROKEN", new Edit("units/lam-thao/news/hoi-nghi-tap-huan-chuyen-doi-so-nam-2023.md", s -> s + "Xem [báo cáo năm 2023](../periods/2032.md).\n"));

    private record Edit(String file, UnaryOperator<String> change) {}

    @Test
    void everyCommandInTheGuideWorksAndEveryErrorShownIsReal() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        for (String part : List.of("content", "schemas", "docs/templates")) copy(Path.of(part), dir.resolve(part));

        List<String> commands = new ArrayList<>();
        Map<String, List<String>> examples = new LinkedHashMap<>();
        Matcher blocks = BLOCK.matcher(guide);
        while (blocks.find()) {
            List<String> lines = blocks.group(2).lines().toList();
            if (blocks.group(1).equals("sh")) {
                lines.stream().filter(l -> l.startsWith(JAR + " ")).forEach(commands::add);
            } else if (!lines.isEmpty()) {
                Matcher code = CODE.matcher(lines.get(0));
                if (code.find()) examples.put(code.group(1), lines);
            }
        }
        assertTrue(commands.size() >= 9, "the guide's commands: " + commands);
        assertTrue(commands.stream().anyMatch(c -> c.equals(JAR + " serve")), "the guide shows how to preview");

        for (String command : commands) {
            List<String> args = args(command.substring(JAR.length()));
            if (args.get(0).equals("serve")) continue; // wired and tested by the serve work
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), () -> command + "\n" + r.out() + r.err());
            assertFalse(r.out().contains("lỗi [") || r.err().contains("lỗi ["), () -> command + "\n" + r.out() + r.err());
        }
        assertTrue(Files.exists(dir.resolve("site/index.html")), "build made the site");

        assertEquals(EDITS.keySet(), examples.keySet(), "each error example in the guide has its edit here, and the other way round");
        for (Map.Entry<String, List<String>> e : examples.entrySet()) {
            Edit edit = EDITS.get(e.getKey());
            Path file = dir.resolve("content").resolve(edit.file());
            String before = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, edit.change().apply(before), StandardCharsets.UTF_8);
            CliTest.Run r = CliTest.run("check", "--content", dir.resolve("content").toString());
            Files.writeString(file, before, StandardCharsets.UTF_8);
            assertEquals(1, r.exit(), e.getKey());
            String out = r.out().replace(dir + "/", "");
            for (String line : e.getValue()) assertTrue(out.contains(line), () -> "the guide shows\n" + line + "\nbut check prints\n" + out);
        }
    }

    /** The guide's relative paths point into the copy; commands that read or write content are given the copy's folders. */
    private List<String> args(String commandLine) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(commandLine);
        while (m.find()) args.add(m.group(1) != null ? m.group(1) : m.group(2));
        List<String> out = new ArrayList<>();
        for (String a : args) out.add(a.startsWith("docs/") || a.startsWith("content/") ? dir.resolve(a).toString() : a);
        String cmd = out.get(0);
        if (List.of("new", "import", "check", "build").contains(cmd) && !out.contains("--content")) {
            out.add("--content");
            out.add(dir.resolve("content").toString());
        }
        if (cmd.equals("build") && !out.contains("--out")) {
            out.add("--out");
            out.add(dir.resolve("site").toString());
        }
        return out;
    }

    private static String once(String s, String from, String to) {
        assertEquals(1, s.split(Pattern.quote(from), -1).length - 1, () -> "expected one '" + from + "' in\n" + s);
        return s.replace(from, to);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}

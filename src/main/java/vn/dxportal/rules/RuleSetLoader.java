package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.content.TextFiles;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.content.YamlReader;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.validate.SchemaKind;
import vn.dxportal.validate.SchemaValidator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds a rule set by id and reads it: the portal's own {@code content/rules/<id>.yaml} first, then the sets that
 * ship with dxportal ({@code rules/<id>.yaml} in the jar). A rule set file is checked against
 * schemas/ruleset.schema.json like any content file, so a broken set is reported at its line, never half-applied.
 */
final class RuleSetLoader {
    static final String DEFAULT = "nd42-2022";
    private static final String BUILT_IN = "rules/";

    private final Path contentRoot;
    private final String shownRoot;

    RuleSetLoader(Path contentRoot) {
        this.contentRoot = contentRoot;
        this.shownRoot = contentRoot.toString().replace('\\', '/');
    }

    /** @param chosenAt where site.yaml names the set (for "unknown rule set"); null when the default applies */
    RuleSet load(String id, SourcePosition chosenAt, Diagnostics diagnostics) {
        YamlDocument doc = read(id, diagnostics);
        if (doc == null) {
            if (!diagnostics.hasErrors()) {
                String guess = vn.dxportal.validate.Suggestions.closest(id, known());
                diagnostics.add(guess != null ? Diagnostic.error(Msg.UNKNOWN_RULE_SET, chosenAt == null ? SourcePosition.wholeFile(shownRoot + "/site.yaml") : chosenAt, id, guess)
                        : Diagnostic.error(Msg.UNKNOWN_RULE_SET_LIST, chosenAt == null ? SourcePosition.wholeFile(shownRoot + "/site.yaml") : chosenAt,
                                id, String.join(", ", known()), shownRoot));
            }
            return null;
        }
        List<Diagnostic> problems = SchemaValidator.shared().validate(SchemaKind.RULESET, doc);
        diagnostics.addAll(problems);
        if (!problems.isEmpty()) return null;
        String effective = doc.root().path("effective").asText("");
        if (!effective.isEmpty()) {
            try {
                java.time.LocalDate.parse(effective);
            } catch (java.time.format.DateTimeParseException e) {
                diagnostics.add(Diagnostic.error(Msg.BAD_DATE, doc.at("/effective"), effective));
                return null;
            }
        }
        return parse(doc, diagnostics);
    }

    private YamlDocument read(String id, Diagnostics diagnostics) {
        try {
            Path own = contentRoot.resolve("rules").resolve(id + ".yaml");
            if (Files.isRegularFile(own)) return yaml(shownRoot + "/rules/" + id + ".yaml", TextFiles.read(own), diagnostics);
            try (InputStream in = RuleSetLoader.class.getResourceAsStream("/" + BUILT_IN + id + ".yaml")) {
                if (in == null) return null;
                return yaml("dxportal:" + BUILT_IN + id + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), diagnostics);
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Msg.READ_RULE_SET, SourcePosition.wholeFile(shownRoot + "/rules/" + id + ".yaml"), e.getMessage()));
            return null;
        }
    }

    private static YamlDocument yaml(String shown, String text, Diagnostics diagnostics) {
        YamlReader.Result r = YamlReader.read(shown, text, 0);
        diagnostics.addAll(r.problems());
        return r.document();
    }

    private static RuleSet parse(YamlDocument doc, Diagnostics diagnostics) {
        JsonNode root = doc.root();
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode list = root.path("rules");
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            Integer first = seen.putIfAbsent(r.path("id").asText(), i);
            if (first != null) {
                diagnostics.add(Diagnostic.error(Msg.DUPLICATE_RULE_ID, doc.at("/rules/" + i + "/id"), r.path("id").asText(), doc.at("/rules/" + first + "/id").line()));
                continue;
            }
            List<Check> checks = new ArrayList<>();
            r.path("checks").forEach(c -> checks.add(Checks.of(c)));
            List<String> levels = new ArrayList<>();
            r.path("applies_to").path("levels").forEach(l -> levels.add(l.asText()));
            rules.add(new Rule(r.path("id").asText(), r.path("title").asText(), r.path("legal").asText(),
                    RuleSeverity.of(r.path("severity").asText()), RuleScope.of(r.path("scope").asText()), r.path("page").asText(null),
                    r.path("applies_to").path("active").asBoolean(false), levels, r.path("hint").asText(null), checks));
        }
        List<String> sources = new ArrayList<>();
        root.path("sources").forEach(s -> sources.add(s.asText()));
        return new RuleSet(root.path("id").asText(), root.path("version").asText(), root.path("title").asText(),
                root.path("short_title").asText(), root.has("effective") ? java.time.LocalDate.parse(root.path("effective").asText()) : null, sources, root.path("max_age_days").asInt(365),
                rules, doc.file());
    }

    /** The ids of every rule set available: the portal's own and those shipped with dxportal. */
    List<String> known() {
        TreeSet<String> ids = new TreeSet<>();
        ids.addAll(yamlNames(contentRoot.resolve("rules")));
        try {
            URL url = RuleSetLoader.class.getResource("/" + BUILT_IN);
            if (url != null) {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem fs = jarFileSystem(uri)) {
                        ids.addAll(yamlNames(fs.getPath("/" + BUILT_IN)));
                    } catch (UnsupportedOperationException e) {
                        // the jar's file system was already open elsewhere and cannot be closed here: list it anyway
                        ids.addAll(yamlNames(FileSystems.getFileSystem(uri).getPath("/" + BUILT_IN)));
                    }
                } else {
                    ids.addAll(yamlNames(Path.of(uri)));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            ids.add(DEFAULT); // listing is only for the hint; the default always ships
        }
        return List.copyOf(ids);
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    private static List<String> yamlNames(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

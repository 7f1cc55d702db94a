package vn.dxportal.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites only the top-level {@code indicators:} list of a period file, as text, so everything else (report,
 * budget, tasks, comments, blank lines, quoting) stays byte for byte. Inside the list an entry whose data does not
 * change keeps its text too; a changed entry is written anew, which would drop a comment written inside it, so
 * such an entry stops the import instead. The result is parsed again and compared with what was intended.
 */
final class IndicatorBlock {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern BLOCK_KEY = Pattern.compile("indicators:[ \\t]*(#.*)?");
    private static final Pattern EMPTY_FLOW_KEY = Pattern.compile("indicators:[ \\t]*\\[[ \\t]*][ \\t]*(#.*)?");
    private static final Pattern ITEM = Pattern.compile("( *)- .*");

    private IndicatorBlock() {}

    static final class CannotMerge extends Exception {
        CannotMerge(String message) { super(message); }
    }

    /** What one import did to the list. */
    record Outcome(String text, int added, int updated, int unchanged) {}

    /** A sheet row: the fields it sets, and the fields its columns cover (a blank cell under a column removes the field). */
    record Update(String indicator, String scope, Map<String, Object> values, List<String> covered) {
        String key() { return indicator + "|" + (scope == null ? "" : scope); }
    }

    static Outcome merge(String text, List<Update> updates) throws CannotMerge {
        JsonNode before = parse(text);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int keyLine = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("indicators:")) keyLine = i;
        List<Object> existing = before.has("indicators") && before.get("indicators").isArray()
                ? castList(Yaml.plain(before.get("indicators"))) : List.of();

        int start, end, indent = 2;
        List<int[]> entries = new ArrayList<>();   // [first line, last body line + 1, end incl. gap]
        if (keyLine < 0) {
            if (before.has("indicators") && !before.get("indicators").isNull()) throw new CannotMerge("'indicators' không ở đầu dòng / is not at the start of a line");
            // No list yet: append one at the end of the file.
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            lines.add("indicators:");
            keyLine = lines.size() - 1;
            lines.add("");
            start = end = keyLine + 1;
        } else {
            String key = lines.get(keyLine);
            if (EMPTY_FLOW_KEY.matcher(key).matches()) lines.set(keyLine, "indicators:");
            else if (!BLOCK_KEY.matcher(key).matches()) throw new CannotMerge("'indicators:' viết dạng [ ... ] trên một dòng / is a flow list");
            start = keyLine + 1;
            end = start;
            while (end < lines.size() && !isTopLevelKey(lines.get(end))) end++;
            while (end > start && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) end--;
            int first = -1;
            for (int i = start; i < end; i++) {
                Matcher m = ITEM.matcher(lines.get(i));
                if (m.matches() && (first < 0 || m.group(1).length() == indent)) {
                    if (first < 0) { first = i; indent = m.group(1).length(); }
                    entries.add(new int[]{i, 0, 0});
                }
            }
            for (int k = 0; k < entries.size(); k++) {
                int from = entries.get(k)[0], to = k + 1 < entries.size() ? entries.get(k + 1)[0] : end;
                int body = to;
                while (body > from + 1 && (lines.get(body - 1).isBlank() || isCommentAtOrLeft(lines.get(body - 1), indent))) body--;
                entries.get(k)[1] = body;
                entries.get(k)[2] = to;
            }
        }
        if (entries.size() != existing.size()) throw new CannotMerge("không nhận ra từng mục của danh sách / cannot tell the list's items apart");

        Map<String, Update> byKey = new LinkedHashMap<>();
        for (Update u : updates) byKey.put(u.key(), u);
        List<Object> intended = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int i = start; i < (entries.isEmpty() ? end : entries.get(0)[0]); i++) block.append(lines.get(i)).append("\n");
        int added = 0, updated = 0, unchanged = 0;
        for (int k = 0; k < entries.size(); k++) {
            int[] e = entries.get(k);
            Map<String, Object> old = castMap(existing.get(k));
            Update u = byKey.remove(keyOf(old));
            Map<String, Object> now = u == null ? old : apply(old, u);
            String body = String.join("\n", lines.subList(e[0], e[1])) + "\n";
            if (u != null && !Objects.equals(now, old)) {
                for (int i = e[0]; i < e[1]; i++) {
                    if (hasComment(lines.get(i))) {
                        throw new CannotMerge("mục '" + u.indicator() + "' ở dòng " + (e[0] + 1) + " có chú thích (#) ở dòng " + (i + 1)
                                + " sẽ bị mất / the entry on line " + (e[0] + 1) + " has a comment on line " + (i + 1) + " that would be lost");
                    }
                }
                body = Yaml.item(now, indent);
                updated++;
            } else if (u != null) {
                unchanged++;
            }
            intended.add(now);
            block.append(body);
            for (int i = e[1]; i < e[2]; i++) block.append(lines.get(i)).append("\n");
        }
        for (Update u : byKey.values()) {
            Map<String, Object> now = apply(new LinkedHashMap<>(), u);
            intended.add(now);
            block.append(Yaml.item(now, indent));
            added++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < start; i++) out.append(lines.get(i)).append("\n");
        out.append(block);
        for (int i = end; i < lines.size(); i++) out.append(lines.get(i)).append(i + 1 < lines.size() ? "\n" : "");
        String result = out.toString();
        if (!result.endsWith("\n")) result += "\n";
        verify(before, parse(result), intended);
        return new Outcome(result, added, updated, unchanged);
    }

    /** The sheet's columns replace the fields they cover; parts and anything else the sheet cannot express stay. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> old, Update u) {
        Map<String, Object> m = new LinkedHashMap<>(old);
        Map<String, Object> stated = m.get("stated") instanceof Map<?, ?> s ? new LinkedHashMap<>((Map<String, Object>) s) : new LinkedHashMap<>();
        m.put("indicator", u.indicator());
        if (u.scope() == null) m.remove("scope"); else m.put("scope", u.scope());
        for (String field : u.covered()) {
            Object v = u.values().get(field);
            if (field.startsWith("stated_")) {
                String k = field.substring("stated_".length());
                if (v == null) stated.remove(k); else stated.put(k, v);
            } else if (v == null) {
                m.remove(field);
            } else {
                m.put(field, v);
            }
        }
        if (stated.isEmpty()) m.remove("stated"); else m.put("stated", stated);
        return Yaml.ordered(m);
    }

    private static String keyOf(Map<String, Object> obs) {
        Object scope = obs.get("scope");
        return obs.get("indicator") + "|" + (scope == null ? "" : scope);
    }

    /** Everything but the list must read exactly as before, and the list as intended, or nothing is written. */
    private static void verify(JsonNode before, JsonNode after, List<Object> intended) throws CannotMerge {
        Map<String, Object> b = castMap(Yaml.plain(before)), a = castMap(Yaml.plain(after));
        Object list = a.remove("indicators");
        b.remove("indicators");
        if (!b.equals(a)) throw new CannotMerge("phần khác của tệp sẽ bị thay đổi / other content would change");
        List<Object> got = list == null ? List.of() : castList(list);
        List<Object> want = intended.stream().map(o -> (Object) normalise(castMap(o))).toList();
        if (!got.stream().map(o -> (Object) normalise(castMap(o))).toList().equals(want)) {
            throw new CannotMerge("danh sách chỉ tiêu ghi ra không khớp / the written list does not read back as intended");
        }
    }

    private static Map<String, Object> normalise(Map<String, Object> m) { return new java.util.TreeMap<>(m); }

    /** A line that starts the next top-level key; "- " at column 0 is an item of a list written without indentation. */
    private static boolean isTopLevelKey(String line) {
        return !line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '#' && !line.startsWith("- ") && !line.equals("-");
    }

    private static boolean isCommentAtOrLeft(String line, int indent) {
        String t = line.stripLeading();
        return t.startsWith("#") && line.length() - t.length() <= indent;
    }

    /** A '#' that starts a comment: at the start of the line's text or after a space, outside quotes. */
    static boolean hasComment(String line) {
        boolean single = false, dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && !single && (i == 0 || line.charAt(i - 1) != '\\')) dbl = !dbl;
            else if (c == '\'' && !dbl) single = !single;
            else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return true;
        }
        return false;
    }

    private static JsonNode parse(String text) throws CannotMerge {
        try {
            JsonNode n = YAML.readTree(text);
            if (n == null || n.isMissingNode()) return YAML.createObjectNode();
            if (!n.isObject()) throw new CannotMerge("tệp không phải là một khối trường / the file is not a mapping");
            return n;
        } catch (IOException e) {
            throw new CannotMerge("YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) { return o instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>(); }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) { return (List<Object>) o; }
}

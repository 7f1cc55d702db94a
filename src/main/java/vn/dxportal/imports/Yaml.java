package vn.dxportal.imports;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Observations as plain values (maps, lists, BigDecimal, String, Boolean), compared by value and written back as
 * YAML the way docs/content-format.md shows them: fields in the schema's order, strings in double quotes.
 */
final class Yaml {
    private Yaml() {}

    static final List<String> ORDER = List.of("indicator", "scope", "numerator", "denominator", "value", "target", "target_source",
            "stated", "parts", "note");
    static final List<String> STATED_ORDER = List.of("percent", "status", "difference", "change", "decimals", "text");

    /** A Jackson tree as plain values; numbers as BigDecimal without trailing zeros so 85 equals 85.0. */
    static Object plain(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(plain(x)));
            return l;
        }
        if (n.isNumber()) return n.decimalValue().stripTrailingZeros();
        if (n.isBoolean()) return n.booleanValue();
        return n.asText();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ordered(Map<String, Object> obs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : ORDER) if (obs.containsKey(k)) out.put(k, obs.get(k));
        obs.forEach(out::putIfAbsent);
        if (out.get("stated") instanceof Map<?, ?> stated) {
            Map<String, Object> s = new LinkedHashMap<>();
            for (String k : STATED_ORDER) if (stated.containsKey(k)) s.put(k, stated.get(k));
            ((Map<String, Object>) stated).forEach(s::putIfAbsent);
            out.put("stated", s);
        }
        return out;
    }

    /** One list item at {@code indent} spaces: "  - indicator: x" and its fields two columns further in. */
    static String item(Map<String, Object> obs, int indent) {
        StringBuilder out = new StringBuilder();
        String pad = " ".repeat(indent);
        boolean first = true;
        for (Map.Entry<String, Object> e : obs.entrySet()) {
            out.append(first ? pad + "- " : pad + "  ");
            first = false;
            field(out, e.getKey(), e.getValue(), indent + 2);
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String key, Object value, int indent) {
        if (value instanceof Map<?, ?> m) {
            out.append(key).append(":\n");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(" ".repeat(indent + 2));
                field(out, e.getKey().toString(), e.getValue(), indent + 2);
            }
        } else if (value instanceof List<?> l) {
            out.append(key).append(":");
            if (l.isEmpty()) { out.append(" []\n"); return; }
            out.append("\n");
            for (Object x : l) out.append(" ".repeat(indent + 2)).append("- ").append(flow(x)).append("\n");
        } else {
            out.append(key).append(": ").append(scalar(value)).append("\n");
        }
    }

    /** Parts and other nested items in one line: {label: "Cấp xã", value: 5}. */
    private static String flow(Object x) {
        if (x instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + ": " + flow(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (x instanceof List<?> l) return "[" + String.join(", ", l.stream().map(Yaml::flow).toList()) + "]";
        return scalar(x);
    }

    static String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (v instanceof Boolean b) return b.toString();
        String s = v.toString();
        // Slugs (indicator ids) and the three statuses read fine bare; anything else is quoted so no value can break the YAML.
        if (s.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") && !s.matches("true|false|null|yes|no|on|off")) return s;
        if (s.equals("vượt") || s.equals("đạt") || s.equals("chưa đạt")) return s;
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

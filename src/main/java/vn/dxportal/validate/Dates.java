package vn.dxportal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schemas check a date's shape (YYYY-MM-DD); this checks it is a real day (no 30 February). */
final class Dates {
    private static final Set<String> DATE_KEYS = Set.of("date", "issued", "effective", "started", "ended", "updated", "published", "asked", "answered");

    private Dates() {}

    static List<Diagnostic> check(YamlDocument doc) {
        List<Diagnostic> out = new ArrayList<>();
        walk(doc, doc.root(), "", out);
        return out;
    }

    private static void walk(YamlDocument doc, JsonNode node, String pointer, List<Diagnostic> out) {
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + e.getKey();
                if (DATE_KEYS.contains(e.getKey()) && e.getValue().isTextual() && e.getValue().asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    try {
                        LocalDate.parse(e.getValue().asText());
                    } catch (DateTimeParseException ex) {
                        out.add(Diagnostic.error(Msg.BAD_DATE, doc.at(child), e.getValue().asText()));
                    }
                } else {
                    walk(doc, e.getValue(), child, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(doc, node.get(i), pointer + "/" + i, out);
        }
    }
}

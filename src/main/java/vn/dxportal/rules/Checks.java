package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The check kinds a rule set may use, by name. A rule set is data: it combines these kinds with parameters. A
 * regulation that needs a new kind of check adds one class here and its name to schemas/ruleset.schema.json; no
 * other part of the tool changes.
 */
final class Checks {
    private static final Map<String, Function<JsonNode, Check>> KINDS = Map.of(
            "present", p -> new PresentCheck(p.path("file").asText(), strings(p.path("fields")), p.path("inherit").asBoolean(false)),
            "items", p -> new ItemsCheck(p.path("file").asText(), p.path("path").asText(""), p.path("min").asInt(1),
                    strings(p.path("fields")), strings(p.path("any_of")), p.path("where").path("field").asText(null),
                    strings(p.path("where").path("contains")), p.path("inherit").asBoolean(false)),
            "fresh", p -> new FreshCheck(p.path("file").asText(), p.path("field").asText()),
            "theme", p -> new ThemeCheck(p.path("file").asText(), strings(p.path("contains")), p.path("any").asBoolean(false)));

    private Checks() {}

    /** A check from its schema-valid parameters ({@code kind} plus the kind's own keys). */
    static Check of(JsonNode params) {
        Function<JsonNode, Check> make = KINDS.get(params.path("kind").asText());
        if (make == null) throw new IllegalArgumentException("unknown check kind " + params.path("kind")); // the schema lists the kinds
        return make.apply(params);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

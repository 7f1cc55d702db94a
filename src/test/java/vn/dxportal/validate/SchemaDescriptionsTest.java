package vn.dxportal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every property in schemas/ carries a Vietnamese description, the text an editor's YAML extension shows on hover
 * and in completion lists (docs/editing.md). A property that only points ($ref) at a definition may take the
 * definition's. Conditions ("if") name no property of their own and are skipped.
 */
class SchemaDescriptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyPropertyHasAVietnameseDescription() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("schemas"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList()) {
                JsonNode schema = JSON.readTree(f.toFile());
                if (!schema.path("description").isTextual() && !f.endsWith("common.schema.json")) missing.add(f + ": the file itself");
                walk(f, schema, schema, "", missing);
            }
        }
        assertTrue(missing.isEmpty(), "properties without a Vietnamese description:\n" + String.join("\n", missing));
    }

    private static void walk(Path file, JsonNode schema, JsonNode node, String path, List<String> missing) throws IOException {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                for (var it = props.fields(); it.hasNext(); ) {
                    var e = it.next();
                    String d = description(file, schema, e.getValue());
                    if (d == null || !VIETNAMESE.matcher(d).find()) missing.add(file + ": " + path + "/properties/" + e.getKey());
                }
            }
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getKey().equals("if")) walk(file, schema, e.getValue(), path + "/" + e.getKey(), missing);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(file, schema, node.get(i), path + "/" + i, missing);
        }
    }

    private static String description(Path file, JsonNode schema, JsonNode prop) throws IOException {
        if (prop.path("description").isTextual()) return prop.get("description").asText();
        if (!prop.path("$ref").isTextual()) return null;
        String ref = prop.get("$ref").asText();
        int hash = ref.indexOf('#');
        JsonNode target = hash == 0 ? schema : JSON.readTree(file.resolveSibling(ref.substring(0, hash)).toFile());
        return target.at(ref.substring(hash + 1)).path("description").asText(null);
    }
}

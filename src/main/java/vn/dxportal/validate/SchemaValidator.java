package vn.dxportal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Text;
import vn.dxportal.diag.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks YAML trees against the JSON Schemas shipped in {@code schemas/} (on the classpath), and turns each
 * schema violation into a diagnostic (Vietnamese and English) at the offending key, with a fix and, for unknown keys, the
 * closest known key.
 */
public final class SchemaValidator {
    private static final String ID_PREFIX = "https://dxportal.vn/schemas/";
    private final Map<SchemaKind, JsonSchema> schemas = new EnumMap<>(SchemaKind.class);
    private final Map<String, JsonNode> rawSchemas = new HashMap<>();

    /** One validator for the whole run: building one compiles every schema, which costs more than validating. */
    public static SchemaValidator shared() { return Shared.INSTANCE; }

    private static final class Shared {
        static final SchemaValidator INSTANCE = new SchemaValidator();
    }

    public SchemaValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:schemas/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        for (SchemaKind kind : SchemaKind.values()) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(ID_PREFIX + kind.fileName), config);
            schema.initializeValidators(); // now, not lazily on first use: units are validated in parallel
            schemas.put(kind, schema);
        }
        for (String name : List.of("common.schema.json", "site.schema.json", "indicators.schema.json", "unit.schema.json",
                "period.schema.json", "documents.schema.json", "news.schema.json", "narrative.schema.json", "qa.schema.json", "ruleset.schema.json")) {
            rawSchemas.put(name, readSchema(name));
        }
    }

    private static JsonNode readSchema(String name) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/schemas/" + name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("schema " + name + " missing from the jar", e);
        }
    }

    public List<Diagnostic> validate(SchemaKind kind, YamlDocument doc) {
        JsonSchema schema = schemas.get(kind);
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(doc.root()));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage));
        List<Diagnostic> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            Diagnostic d = toDiagnostic(kind, doc, m);
            if (d != null && !out.contains(d)) out.add(d);
        }
        return out;
    }

    private Diagnostic toDiagnostic(SchemaKind kind, YamlDocument doc, ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        if ("/".equals(pointer)) pointer = "";
        Object where = pointer.isEmpty() ? Text.of("gốc tệp", "the top of the file") : "'" + pointer.substring(1).replace('/', '.') + "'";
        JsonNode schemaNode = m.getSchemaNode();
        switch (m.getType()) {
            case "additionalProperties": {
                String key = m.getProperty();
                SourcePosition at = doc.keyAt(pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
                List<String> known = propertyNames(knownProperties(m.getSchemaLocation()));
                String guess = Suggestions.closest(key, known);
                return guess != null ? Diagnostic.error(Msg.UNKNOWN_KEY, at, key, kind.fileName, guess)
                        : Diagnostic.error(Msg.UNKNOWN_KEY_LIST, at, key, kind.fileName, String.join(", ", known));
            }
            case "required":
                return Diagnostic.error(Msg.MISSING_FIELD, doc.at(pointer), m.getProperty(), where, kind.fileName);
            case "type":
                return Diagnostic.error(typeMessage(schemaNode), doc.at(pointer), where, typeName(schemaNode));
            case "enum":
                return Diagnostic.error(Msg.NOT_ALLOWED, doc.at(pointer), where, enumValues(schemaNode));
            case "pattern":
                return Diagnostic.error(patternMessage(schemaNode), doc.at(pointer), where, schemaNode == null ? "" : schemaNode.asText());
            case "minLength":
                return Diagnostic.error(Msg.EMPTY_VALUE, doc.at(pointer), where);
            case "uniqueItems":
                return Diagnostic.error(Msg.DUPLICATE_ITEM, doc.at(pointer), where);
            case "minItems":
                return Diagnostic.error(Msg.EMPTY_LIST, doc.at(pointer), where);
            case "minimum": case "maximum":
                return Diagnostic.error(Msg.OUT_OF_RANGE, doc.at(pointer), where, m.getMessage());
            default:
                return Diagnostic.error(Msg.SCHEMA, doc.at(pointer), m.getMessage(), kind.fileName);
        }
    }

    /**
     * For additionalProperties the library reports the location of the {@code additionalProperties} keyword
     * (for example {@code period.schema.json#/$defs/observation/additionalProperties}); its sibling
     * {@code properties} lists the keys the editor may have meant.
     */
    private JsonNode knownProperties(SchemaLocation location) {
        String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
        JsonNode node = rawSchemas.get(iri.substring(iri.lastIndexOf('/') + 1));
        JsonNodePath fragment = location.getFragment();
        if (node == null || fragment == null) return null;
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) node = node.get(fragment.getName(i));
        return node == null ? null : node.get("properties");
    }

    private List<String> propertyNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    private static Text typeName(JsonNode schemaNode) {
        String t = schemaNode == null ? "" : schemaNode.toString().replace("\"", "");
        return switch (t) {
            case "string" -> Text.of("chuỗi văn bản", "text");
            case "number" -> Text.of("số (dấu chấm thập phân, không có dấu phân cách hàng nghìn)", "a number (decimal point, no thousands separators)");
            case "integer" -> Text.of("số nguyên", "a whole number");
            case "boolean" -> Text.of("true hoặc false", "true or false");
            case "array" -> Text.of("danh sách (các dòng bắt đầu bằng '- ')", "a list (lines starting with '- ')");
            case "object" -> Text.of("một khối các trường (tên: giá trị)", "a block of fields (name: value)");
            default -> Text.of(t, t);
        };
    }

    private static Msg typeMessage(JsonNode schemaNode) {
        String t = schemaNode == null ? "" : schemaNode.asText();
        return switch (t) {
            case "number" -> Msg.WRONG_TYPE_NUMBER;
            case "string" -> Msg.WRONG_TYPE_STRING;
            case "array" -> Msg.WRONG_TYPE_LIST;
            default -> Msg.WRONG_TYPE;
        };
    }

    private static String enumValues(JsonNode schemaNode) {
        if (schemaNode == null || !schemaNode.isArray()) return "";
        List<String> vals = new ArrayList<>();
        schemaNode.forEach(v -> vals.add(v.asText()));
        return String.join(", ", vals);
    }

    private static Msg patternMessage(JsonNode schemaNode) {
        String p = schemaNode == null ? "" : schemaNode.asText();
        if (p.contains("[0-9]{4}-[0-9]{2}-[0-9]{2}")) return Msg.BAD_FORMAT_DATE;
        if (p.contains("h1|h2")) return Msg.BAD_FORMAT_PERIOD;
        if (p.contains("[Pp][Nn][Gg]")) return Msg.BAD_FORMAT_IMAGE;
        if (p.contains("[a-z0-9]+(-[a-z0-9]+)*")) return Msg.BAD_FORMAT_SLUG;
        return Msg.BAD_FORMAT;
    }
}

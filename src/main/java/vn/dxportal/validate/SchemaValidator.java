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
 * schema violation into a Vietnamese diagnostic at the offending key, with a fix and, for unknown keys, the
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
            schemas.put(kind, factory.getSchema(SchemaLocation.of(ID_PREFIX + kind.fileName), config));
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
        String where = pointer.isEmpty() ? "gốc tệp" : "'" + pointer.substring(1).replace('/', '.') + "'";
        JsonNode schemaNode = m.getSchemaNode();
        switch (m.getType()) {
            case "additionalProperties": {
                String key = m.getProperty();
                SourcePosition at = doc.keyAt(pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
                List<String> known = propertyNames(knownProperties(m.getSchemaLocation()));
                String guess = Suggestions.closest(key, known);
                return Diagnostic.error("UNKNOWN_KEY", at,
                        "Trường '" + key + "' không có trong " + kind.fileName + (guess != null ? "; có phải ý bạn là '" + guess + "'?" : "."),
                        guess != null ? "Đổi '" + key + "' thành '" + guess + "'."
                                : "Xoá trường này hoặc dùng một trong: " + String.join(", ", known) + ".");
            }
            case "required":
                return Diagnostic.error("MISSING_FIELD", doc.at(pointer),
                        "Thiếu trường bắt buộc '" + m.getProperty() + "' tại " + where + ".",
                        "Thêm '" + m.getProperty() + ": ...' (xem " + kind.fileName + " và docs/content-format.md).");
            case "type":
                return Diagnostic.error("WRONG_TYPE", doc.at(pointer),
                        "Giá trị tại " + where + " sai kiểu: cần " + typeName(schemaNode) + ".",
                        hintForType(schemaNode));
            case "enum":
                return Diagnostic.error("NOT_ALLOWED", doc.at(pointer),
                        "Giá trị tại " + where + " không nằm trong danh sách cho phép.",
                        "Dùng một trong: " + enumValues(schemaNode) + ".");
            case "pattern":
                return Diagnostic.error("BAD_FORMAT", doc.at(pointer),
                        "Giá trị tại " + where + " sai định dạng.", patternHint(schemaNode));
            case "minLength":
                return Diagnostic.error("EMPTY_VALUE", doc.at(pointer), "Giá trị tại " + where + " không được để trống.", "Điền nội dung hoặc xoá trường.");
            case "uniqueItems":
                return Diagnostic.error("DUPLICATE_ITEM", doc.at(pointer), "Danh sách " + where + " có phần tử lặp lại.", "Xoá phần tử trùng.");
            case "minItems":
                return Diagnostic.error("EMPTY_LIST", doc.at(pointer), "Danh sách " + where + " không được rỗng.", "Thêm ít nhất một phần tử.");
            case "minimum": case "maximum":
                return Diagnostic.error("OUT_OF_RANGE", doc.at(pointer), "Giá trị tại " + where + " ngoài khoảng cho phép: " + m.getMessage(), null);
            default:
                return Diagnostic.error("SCHEMA", doc.at(pointer), m.getMessage(), "Xem " + kind.fileName + ".");
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

    private static String typeName(JsonNode schemaNode) {
        String t = schemaNode == null ? "" : schemaNode.toString().replace("\"", "");
        return switch (t) {
            case "string" -> "chuỗi văn bản";
            case "number" -> "số (dấu chấm thập phân, không có dấu phân cách hàng nghìn)";
            case "integer" -> "số nguyên";
            case "boolean" -> "true hoặc false";
            case "array" -> "danh sách (các dòng bắt đầu bằng '- ')";
            case "object" -> "một khối các trường (tên: giá trị)";
            default -> t;
        };
    }

    private static String hintForType(JsonNode schemaNode) {
        String t = schemaNode == null ? "" : schemaNode.asText();
        if ("number".equals(t)) return "Ghi số như 6322 hoặc 89.64 (không dùng 6.322 hay 89,64%).";
        if ("string".equals(t)) return "Đặt giá trị trong dấu nháy kép, ví dụ \"2022\".";
        if ("array".equals(t)) return "Viết mỗi phần tử trên một dòng bắt đầu bằng '- ', hoặc [a, b].";
        return "Xem ví dụ trong docs/content-format.md.";
    }

    private static String enumValues(JsonNode schemaNode) {
        if (schemaNode == null || !schemaNode.isArray()) return "";
        List<String> vals = new ArrayList<>();
        schemaNode.forEach(v -> vals.add(v.asText()));
        return String.join(", ", vals);
    }

    private static String patternHint(JsonNode schemaNode) {
        String p = schemaNode == null ? "" : schemaNode.asText();
        if (p.contains("[0-9]{4}-[0-9]{2}-[0-9]{2}")) return "Ghi ngày theo dạng YYYY-MM-DD, ví dụ \"2022-06-24\".";
        if (p.contains("h1|h2")) return "Ghi kỳ như \"2022\", \"2022-h1\", \"2022-q3\" (đặt trong nháy kép).";
        if (p.contains("[Pp][Nn][Gg]")) return "Dùng tệp ảnh .png, .jpg, .gif, .webp hoặc .svg.";
        if (p.contains("[a-z0-9]+(-[a-z0-9]+)*")) return "Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ lam-thao.";
        return "Giá trị phải khớp mẫu " + p + ".";
    }
}

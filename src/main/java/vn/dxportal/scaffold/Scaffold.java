package vn.dxportal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import vn.dxportal.content.ContentLoader;
import vn.dxportal.content.Slugs;
import vn.dxportal.content.TextFiles;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.model.Level;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes new content files from the templates in {@code src/main/resources/scaffold/}: every required field filled,
 * the optional ones as comments to uncomment. Never overwrites: a file that exists stops the command before anything
 * is written.
 */
public final class Scaffold {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Path content;

    public Scaffold(Path content) { this.content = content; }

    /** A new unit folder with unit.yaml; the slug comes from the name ("Huyện Đồng Xoài" → dong-xoai) unless given. */
    public List<Path> unit(String name, Level level, String parent, String slug) throws ScaffoldException {
        String s = slug != null ? slug : Names.unitSlug(name);
        if (s.isEmpty() || !s.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw fail(Msg.NEW_BAD_NAME, content.toString(), slug != null ? slug : name);
        if (parent != null) requireUnit(parent);
        Path file = content.resolve("units").resolve(s).resolve("unit.yaml");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("modeline", modeline(file, "unit"));
        v.put("name", quote(name.strip()));
        v.put("short_name", quote(Names.shortName(name)));
        v.put("level", level.key());
        v.put("parent", parent == null ? "# parent: \"\"                  # mã đơn vị cấp trên\n" : "parent: " + parent + "\n");
        v.put("today", today().toString());
        return create(Map.of(file, fill("unit.yaml", v)));
    }

    /** periods/&lt;period&gt;.yaml and its narrative .md. */
    public List<Path> period(String unit, String period, String title) throws ScaffoldException {
        Path unitDir = requireUnit(unit);
        if (!ContentLoader.PERIOD_ID.matcher(period).matches()) throw fail(Msg.NEW_BAD_PERIOD, shown(unitDir.resolve("periods")), period);
        String t = title != null ? title : defaultTitle(period);
        Path yaml = unitDir.resolve("periods").resolve(period + ".yaml");
        Path md = unitDir.resolve("periods").resolve(period + ".md");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("modeline", modeline(yaml, "period"));
        v.put("period", period);
        v.put("unit", unit);
        v.put("title", quote(t));
        v.put("title_plain", t.substring(0, 1).toLowerCase() + t.substring(1));
        v.put("issuer", quote(issuerOf(unitDir)));
        v.put("today", today().toString());
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(yaml, fill("period.yaml", v));
        files.put(md, fill("period.md", v));
        return create(files);
    }

    /** news/&lt;slug&gt;.md, the slug made from the title unless given; dated today (Vietnam) unless a date is given. */
    public List<Path> post(String unit, String title, String date, String slug, String period) throws ScaffoldException {
        Path unitDir = requireUnit(unit);
        String s = slug != null ? slug : Slugs.slugify(title);
        if (s.isEmpty() || !s.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw fail(Msg.NEW_BAD_NAME, shown(unitDir.resolve("news")), slug != null ? slug : title);
        if (period != null && !ContentLoader.PERIOD_ID.matcher(period).matches()) throw fail(Msg.NEW_BAD_PERIOD, shown(unitDir.resolve("news")), period);
        Path file = unitDir.resolve("news").resolve(s + ".md");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", quote(title.strip()));
        v.put("date", date(date, file).toString());
        v.put("period", period == null ? "# period: \"2022\"               # kỳ báo cáo mà bài dựa vào\n" : "period: \"" + period + "\"\n");
        return create(Map.of(file, fill("post.md", v)));
    }

    /**
     * One more entry at the end of the unit's documents.yaml (created when missing). The id comes from the number and
     * year ("40/KH-UBND", 2022 → 40-kh-ubnd-2022) unless given; an id already in the file is refused.
     */
    public List<Path> document(String unit, String form, String number, String title, String issuer, String issued, String id)
            throws ScaffoldException {
        Path unitDir = requireUnit(unit);
        Path file = unitDir.resolve("documents.yaml");
        LocalDate day = issued == null ? null : date(issued, file);
        String i = id != null ? id : Slugs.slugify(number + (day == null ? "" : " " + day.getYear()));
        if (i.isEmpty() || !i.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw fail(Msg.NEW_BAD_NAME, shown(file), id != null ? id : number);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("modeline", modeline(file, "documents"));
        v.put("id", i);
        v.put("form", quote(form));
        v.put("number", quote(number));
        v.put("title", quote(title));
        v.put("issuer", "    issuer: " + quote(issuer != null ? issuer : issuerOf(unitDir)) + "\n");
        v.put("issued", day == null ? "    # issued: \"YYYY-MM-DD\"\n" : "    issued: \"" + day + "\"\n");
        String item = fill("document-item.yaml", v);
        if (!Files.exists(file)) return create(Map.of(file, fill("documents.yaml", v) + item));
        return List.of(append(file, item, i));
    }

    private Path append(Path file, String item, String id) throws ScaffoldException {
        try {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            boolean bom = original.startsWith("\uFEFF"), crlf = original.contains("\r\n");
            String text = TextFiles.normalise(original);
            JsonNode before = YAML.readTree(text);
            JsonNode list = before == null ? null : before.get("documents");
            if (list != null && list.isArray()) {
                for (JsonNode d : list) if (id.equals(d.path("id").asText())) throw fail(Msg.NEW_EXISTS, shown(file), shown(file) + " (id: " + id + ")");
            }
            String joined = (text.endsWith("\n") || text.isEmpty() ? text : text + "\n") + item;
            JsonNode after = YAML.readTree(joined);
            JsonNode grown = after == null ? null : after.get("documents");
            // The new entry must land as the last item of the list; a flow list or another key after it would break that.
            if (grown == null || !grown.isArray() || grown.size() != (list == null || !list.isArray() ? 0 : list.size()) + 1
                    || !id.equals(grown.get(grown.size() - 1).path("id").asText())) {
                throw fail(Msg.NEW_CANNOT_APPEND, shown(file), shown(file));
            }
            Path tmp = Files.createTempFile(file.getParent(), ".documents", ".tmp");
            // Written back with the file's own byte-order mark and line endings: only the new entry differs.
            Files.writeString(tmp, (bom ? "\uFEFF" : "") + (crlf ? joined.replace("\n", "\r\n") : joined), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw fail(Msg.NEW_CANNOT_APPEND, shown(file), shown(file));
        }
    }

    /** Checks every target first, then writes each with CREATE_NEW, so a file appearing meanwhile is not overwritten either. */
    private List<Path> create(Map<Path, String> files) throws ScaffoldException {
        for (Path p : files.keySet()) if (Files.exists(p)) throw fail(Msg.NEW_EXISTS, shown(p), shown(p));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : files.entrySet()) {
                Files.createDirectories(e.getKey().getParent());
                Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(e.getKey());
            }
        } catch (FileAlreadyExistsException e) {
            throw fail(Msg.NEW_EXISTS, e.getFile(), e.getFile());
        } catch (IOException e) {
            throw fail(Msg.WRITE, shown(content), e.getMessage());
        }
        return written;
    }

    private Path requireUnit(String unit) throws ScaffoldException {
        Path dir = content.resolve("units").resolve(unit);
        if (!unit.matches("[a-z0-9]+(-[a-z0-9]+)*") || !Files.isRegularFile(dir.resolve("unit.yaml"))) {
            throw fail(Msg.NEW_NO_UNIT, shown(content.resolve("units")), unit, shown(content.resolve("units")));
        }
        return dir;
    }

    /** "UBND huyện Lâm Thao" from unit.yaml's name, as the sample reports are issued; empty when unreadable. */
    private static String issuerOf(Path unitDir) {
        try {
            JsonNode unit = YAML.readTree(TextFiles.read(unitDir.resolve("unit.yaml")));
            String name = unit.path("name").asText("");
            return name.isEmpty() ? "" : "UBND " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String defaultTitle(String period) {
        String year = period.substring(0, 4);
        String part = period.length() == 4 ? "năm " + year : switch (period.substring(5)) {
            case "h1" -> "6 tháng đầu năm " + year;
            case "h2" -> "6 tháng cuối năm " + year;
            case "9m" -> "9 tháng năm " + year;
            default -> "quý " + period.substring(6) + " năm " + year;
        };
        return "Báo cáo kết quả công tác chuyển đổi số " + part;
    }

    private LocalDate date(String text, Path file) throws ScaffoldException {
        if (text == null) return today();
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw fail(Msg.NEW_BAD_DATE, shown(file), text);
        }
    }

    private static LocalDate today() { return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")); }

    /** The yaml-language-server modeline, when the schemas/ folder sits next to the content folder (as in the repository). */
    private String modeline(Path file, String kind) {
        Path schemas = content.toAbsolutePath().normalize().getParent();
        if (schemas == null || !Files.isRegularFile(schemas.resolve("schemas").resolve(kind + ".schema.json"))) return "";
        Path rel = file.toAbsolutePath().normalize().getParent().relativize(schemas.resolve("schemas").resolve(kind + ".schema.json"));
        return "# yaml-language-server: $schema=" + rel.toString().replace('\\', '/') + "\n";
    }

    /** A YAML double-quoted scalar: always valid, whatever the name or title holds. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String fill(String template, Map<String, String> values) {
        try (InputStream in = Scaffold.class.getResourceAsStream("/scaffold/" + template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) text = text.replace("{{" + e.getKey() + "}}", e.getValue());
            return text;
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("scaffold template " + template + " missing from the jar"));
        }
    }

    private String shown(Path p) { return p.toString(); }

    private static ScaffoldException fail(Msg msg, String file, Object... args) {
        return new ScaffoldException(Diagnostic.error(msg, SourcePosition.wholeFile(file), args));
    }
}

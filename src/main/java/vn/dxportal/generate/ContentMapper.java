package vn.dxportal.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import vn.dxportal.content.Slugs;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns neutral fixture data into dxportal content exactly as docs/content-format.md and schemas/*.json define it:
 * one unit folder per province and district (units are flat, so a district whose slug another unit already has gets
 * its province's slug appended: Thị xã Phú Thọ → phu-tho-phu-tho), a period YAML per report with the figures as
 * the report states them (numerator/denominator or value, the report's own percentage as stated.percent, a share
 * without its numbers as stated.percent only, missing figures left out), the narrative with only the front matter the
 * narrative schema allows, news posts unchanged, and a documents.yaml listing the documents the narratives cite.
 * The fixture's communes, population and area have no place in the content format and are not carried over.
 */
final class ContentMapper {
    static final String BASE_URL = "https://cds.example.gov.vn/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final Map<String, String> PILLARS = Map.of(
            "Nhận thức số", "the-che-so", "Thể chế số", "the-che-so", "Hạ tầng số", "ha-tang-so", "Nhân lực số", "nhan-luc-so",
            "An toàn thông tin mạng", "an-toan-thong-tin", "Hoạt động chính quyền số", "chinh-quyen-so", "Kinh tế số", "kinh-te-so",
            "Xã hội số", "xa-hoi-so");
    private static final Map<String, String> TASK_STATUS = Map.of(
            "Hoàn thành", "hoàn thành", "Đang triển khai", "đang thực hiện", "Chưa thực hiện", "chưa thực hiện");

    private final List<JsonNode> indicators;
    private final List<JsonNode> provinces;
    private final Map<String, JsonNode> indicatorsById = new HashMap<>();
    /** "province/district" → the district's unit slug. */
    private final Map<String, String> unitSlugs = new HashMap<>();

    ContentMapper(List<JsonNode> indicators, List<JsonNode> provinces) {
        this.indicators = indicators;
        this.provinces = provinces;
        for (JsonNode i : indicators) indicatorsById.put(i.path("id").asText(), i);
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (JsonNode p : provinces) taken.add(p.path("slug").asText());
        for (JsonNode p : provinces) {
            for (JsonNode d : p.path("districts")) {
                String slug = d.asText();
                if (taken.contains(slug)) slug = d.asText() + "-" + p.path("slug").asText();
                for (int n = 2; taken.contains(slug); n++) slug = d.asText() + "-" + p.path("slug").asText() + "-" + n;
                taken.add(slug);
                unitSlugs.put(p.path("slug").asText() + "/" + d.asText(), slug);
            }
        }
    }

    String unitSlug(JsonNode unit) {
        return unitSlugs.get(unit.path("province").path("slug").asText() + "/" + unit.path("slug").asText());
    }

    /** site.yaml, indicators.yaml and one unit.yaml per province. */
    Map<String, String> portalFiles(String title) {
        Map<String, String> files = new LinkedHashMap<>();
        ObjectNode site = NODES.objectNode();
        site.put("title", title);
        site.put("description", "Số liệu, báo cáo, văn bản và tin tức chuyển đổi số của các tỉnh, huyện (dữ liệu tổng hợp, không phải số liệu thật).");
        site.putArray("languages").add("vi");
        site.put("base_url", BASE_URL);
        files.put("site.yaml", "# Dữ liệu tổng hợp do `dxportal generate` tạo ra; số liệu không phải số liệu thật.\n" + yaml(site));

        ObjectNode catalogue = NODES.objectNode();
        ArrayNode list = catalogue.putArray("indicators");
        for (JsonNode i : indicators) {
            ObjectNode o = list.addObject();
            o.put("id", i.path("id").asText());
            o.put("name", i.path("name").asText());
            o.put("kind", i.path("kind").asText());
            String pillar = PILLARS.get(i.path("pillar").asText());
            o.put("pillar", pillar != null ? pillar : "chinh-quyen-so");
            o.put("better", i.path("direction").asText("higher"));
            o.put("aggregate", "sum"); // every fixture indicator counts things (records, people, đồng) that add up
            if (i.has("numerator_label")) o.put("numerator", i.path("numerator_label").asText());
            if (i.has("denominator_label")) o.put("denominator", i.path("denominator_label").asText());
            if (i.has("definition")) o.put("definition", i.path("definition").asText());
            if (i.has("source")) o.put("source", i.path("source").asText());
        }
        files.put("indicators.yaml", yaml(catalogue));

        for (JsonNode p : provinces) {
            ObjectNode unit = NODES.objectNode();
            String full = p.path("full_name").asText();
            unit.put("name", full);
            unit.put("short_name", p.path("name").asText());
            unit.put("level", "province");
            unit.putObject("agency").put("name", "Ủy ban nhân dân " + lowerFirst(full));
            files.put("units/" + p.path("slug").asText() + "/unit.yaml", yaml(unit));
        }
        return files;
    }

    /** One district's files, by path relative to the content folder. */
    Map<String, String> district(NeutralSource.District d) {
        JsonNode u = d.unit();
        String slug = unitSlug(u);
        String dir = "units/" + slug + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(dir + "unit.yaml", yaml(unit(u)));
        Documents documents = new Documents("UBND " + lowerFirst(u.path("full_name").asText()));
        for (JsonNode period : u.path("periods")) {
            String id = period.path("id").asText();
            String narrative = d.narratives().get(id);
            Narrative n = Narrative.parse(narrative);
            files.put(dir + "periods/" + id + ".yaml", yaml(period(u, period, n.title())));
            files.put(dir + "periods/" + id + ".md", "---\ntitle: " + quoted(n.title()) + "\n---\n" + n.body());
            documents.collect(n.body(), id);
        }
        for (Map.Entry<String, String> post : d.news().entrySet()) files.put(dir + "news/" + post.getKey(), post.getValue());
        if (!documents.isEmpty()) files.put(dir + "documents.yaml", yaml(documents.toYaml()));
        return files;
    }

    private ObjectNode unit(JsonNode u) {
        ObjectNode unit = NODES.objectNode();
        String full = u.path("full_name").asText();
        unit.put("name", full);
        unit.put("short_name", u.path("name").asText());
        unit.put("level", "district");
        unit.put("parent", u.path("province").path("slug").asText());
        JsonNode a = u.path("agency");
        ObjectNode agency = unit.putObject("agency");
        for (String key : List.of("name", "address", "phone", "email", "website")) if (a.hasNonNull(key)) agency.put(key, a.get(key).asText());
        ArrayNode contacts = unit.putArray("contacts");
        if (u.path("responsible").hasNonNull("name")) {
            ObjectNode c = contacts.addObject();
            c.put("name", u.path("responsible").path("name").asText());
            if (u.path("responsible").hasNonNull("title")) c.put("position", u.path("responsible").path("title").asText());
        }
        if (u.hasNonNull("editorial_board_head")) {
            ObjectNode c = contacts.addObject();
            c.put("name", u.path("editorial_board_head").asText());
            c.put("position", "Trưởng Ban biên tập Cổng thông tin điện tử");
        }
        if (a.hasNonNull("website")) {
            ObjectNode link = unit.putArray("links").addObject();
            link.put("title", "Cổng thông tin điện tử " + lowerFirst(full));
            link.put("url", a.get("website").asText());
        }
        return unit;
    }

    private ObjectNode period(JsonNode u, JsonNode period, String title) {
        ObjectNode out = NODES.objectNode();
        out.put("title", title);
        ObjectNode report = out.putObject("report");
        if (period.hasNonNull("published")) report.put("date", period.get("published").asText());
        report.put("issuer", "UBND " + lowerFirst(u.path("full_name").asText()));
        ArrayNode observations = out.putArray("indicators");
        period.path("observations").fields().forEachRemaining(e -> {
            JsonNode o = e.getValue();
            if (o == null || o.isNull()) return; // not reported this period: stays missing
            ObjectNode obs = observations.addObject();
            obs.put("indicator", e.getKey());
            boolean ratio = "ratio".equals(indicatorsById.getOrDefault(e.getKey(), NODES.objectNode()).path("kind").asText());
            if (o.has("numerator")) {
                obs.set("numerator", o.get("numerator"));
                obs.set("denominator", o.get("denominator"));
            } else if (o.has("value") && !ratio) {
                obs.set("value", o.get("value"));
            }
            if (o.has("target")) obs.set("target", o.get("target"));
            if (o.has("reported")) obs.putObject("stated").set("percent", o.get("reported"));
            else if (ratio && !o.has("numerator") && o.has("value")) obs.putObject("stated").set("percent", o.get("value"));
            if (o.hasNonNull("note")) obs.put("note", o.get("note").asText());
        });
        ArrayNode budgetItems = NODES.arrayNode();
        ArrayNode tasks = NODES.arrayNode();
        for (JsonNode t : period.path("tasks")) {
            ObjectNode task = tasks.addObject();
            task.put("name", t.path("name").asText());
            task.put("kind", "result");
            String status = TASK_STATUS.get(t.path("status").asText());
            if (status != null) task.put("status", status);
            if (t.has("progress")) task.set("progress", t.get("progress"));
            String number = Documents.number(t.path("decision").asText(""));
            if (number != null) task.put("document", number);
            if (t.path("budget").asLong() > 0) {
                ObjectNode item = budgetItems.addObject();
                item.put("label", t.path("name").asText());
                item.set("value", t.get("budget"));
            }
        }
        if (!budgetItems.isEmpty()) out.putObject("budget").set("items", budgetItems);
        if (!tasks.isEmpty()) out.set("tasks", tasks);
        return out;
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A narrative split into its front matter's title and its body. */
    record Narrative(String title, String body) {
        static Narrative parse(String text) {
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                if (end > 0) {
                    String title = null;
                    try {
                        JsonNode front = new ObjectMapper(new YAMLFactory()).readTree(text.substring(4, end));
                        if (front != null && front.hasNonNull("title")) title = front.get("title").asText();
                    } catch (JsonProcessingException ignored) {
                        // a front matter the fixture generator never writes: the body is still usable
                    }
                    return new Narrative(title != null ? title : "Báo cáo kết quả chuyển đổi số", text.substring(end + 5));
                }
            }
            return new Narrative("Báo cáo kết quả chuyển đổi số", text);
        }
    }

    static String slugOf(String s) {
        return Slugs.slugify(s);
    }
}

package vn.dxportal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.dxportal.content.Slugs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The built-in synthetic portals, in the neutral fixture's shape: {@code province} (Phú Thọ, 15 districts) and
 * {@code national} (63 provinces × 11 districts), 4 periods alternating half-year and year, 40 indicators, 12 posts
 * per district. Figures follow a district's "maturity" and growth per period with noise; some ratios give only a
 * percentage, most state the report's own percentage and a few of those disagree with their numbers, and a few
 * observations are missing, as in real reports. Everything comes from {@link Rng} seeded per part.
 */
final class Synthesizer implements NeutralSource {
    record Preset(int provinces, int districtsPerProvince, int periods, int indicators, int news) {}

    static final Map<String, Preset> PRESETS = Map.of(
            "province", new Preset(1, 15, 4, 40, 12),
            "national", new Preset(63, 11, 4, 40, 12));

    static final long DEFAULT_SEED = 20240601L;
    private static final int REPORT_WORDS = 1500;
    private static final int NEWS_WORDS = 400;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Preset preset;
    private final long seed;
    private final List<JsonNode> indicators = new ArrayList<>();
    private final List<JsonNode> provinces = new ArrayList<>();
    /** Per province: the districts' (kind, name). */
    private final List<List<String[]>> districtNames = new ArrayList<>();
    private final List<ObjectNode> periods = new ArrayList<>();

    Synthesizer(Preset preset, long seed) {
        this.preset = preset;
        this.seed = seed;
        for (int i = 0; i < preset.indicators(); i++) indicators.add(indicator(i));
        for (int i = 0; i < preset.periods(); i++) periods.add(period(i, preset.periods()));
        for (Vocabulary.Province p : Vocabulary.PROVINCES.subList(0, preset.provinces())) {
            List<String[]> names = chooseDistricts(p);
            districtNames.add(names);
            ObjectNode prov = NODES.objectNode();
            prov.put("slug", Slugs.slugify(p.name()));
            prov.put("name", p.name());
            prov.put("full_name", (p.city() ? "Thành phố " : "Tỉnh ") + p.name());
            prov.put("type", p.city() ? "Thành phố trực thuộc trung ương" : "Tỉnh");
            prov.put("region", p.region());
            ArrayNode slugs = prov.putArray("districts");
            for (String[] d : names) slugs.add(Slugs.slugify(d[1]));
            provinces.add(prov);
        }
    }

    @Override public List<JsonNode> indicators() { return indicators; }

    @Override public List<JsonNode> provinces() { return provinces; }

    @Override
    public void eachDistrict(DistrictSink sink) throws IOException {
        for (int p = 0; p < provinces.size(); p++) {
            for (String[] d : districtNames.get(p)) sink.accept(district(provinces.get(p), d[0], d[1]));
        }
    }

    private ObjectNode indicator(int i) {
        Vocabulary.IndicatorDef def = Vocabulary.INDICATORS.get(i % Vocabulary.INDICATORS.size());
        int rep = i / Vocabulary.INDICATORS.size();
        ObjectNode o = NODES.objectNode();
        o.put("id", rep == 0 ? def.id() : def.id() + "-" + (rep + 1));
        o.put("name", rep == 0 ? def.name() : def.name() + " (nhóm " + (rep + 1) + ")");
        o.put("unit", switch (def.kind()) { case "ratio" -> "%"; case "money" -> "đồng"; default -> "số lượng"; });
        o.put("kind", def.kind());
        o.put("pillar", Vocabulary.PILLARS.get(def.pillar()));
        o.put("direction", def.direction());
        o.put("definition", def.kind().equals("ratio")
                ? Character.toUpperCase(def.numerator().charAt(0)) + def.numerator().substring(1) + " / " + def.denominator() + " × 100"
                : def.name() + " trong kỳ báo cáo (lũy kế)");
        o.put("source", "Báo cáo chuyển đổi số định kỳ của UBND cấp huyện");
        if (def.kind().equals("ratio")) {
            o.put("numerator_label", def.numerator());
            o.put("denominator_label", def.denominator());
            o.put("default_target", def.target());
        }
        return o;
    }

    /** Alternating first-half and full-year reports, the last being the full year 2023 when the count is even. */
    private static ObjectNode period(int i, int count) {
        int year = 2024 - (count + 1) / 2 + i / 2;
        boolean half = i % 2 == 0;
        ObjectNode o = NODES.objectNode();
        o.put("id", half ? year + "-h1" : String.valueOf(year));
        o.put("label", half ? "6 tháng đầu năm " + year : "Năm " + year);
        o.put("short", half ? "6T/" + year : String.valueOf(year));
        o.put("start", LocalDate.of(year, 1, 1).toString());
        o.put("end", (half ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31)).toString());
        o.put("published", (half ? LocalDate.of(year, 6, 24) : LocalDate.of(year, 12, 20)).toString());
        return o;
    }

    private List<String[]> chooseDistricts(Vocabulary.Province p) {
        Rng r = Rng.of(seed, "districts", p.name());
        int count = preset.districtsPerProvince();
        List<String[]> chosen = new ArrayList<>(Vocabulary.REAL_DISTRICTS.getOrDefault(p.name(), List.of()));
        if (chosen.size() > count) chosen = new ArrayList<>(chosen.subList(0, count));
        Set<String> used = new HashSet<>();
        used.add(p.name());
        for (String[] d : chosen) used.add(d[1]);
        while (chosen.size() < count) {
            String a = r.pick(Vocabulary.SYLLABLE_A), b = r.pick(Vocabulary.SYLLABLE_B);
            String name = a + " " + b;
            if (a.equals(b) || !used.add(name)) continue;
            int i = chosen.size();
            String kind = p.city() ? (i < count / 2 ? "Quận" : "Huyện") : i == 0 ? "Thành phố" : i == 1 && count > 6 ? "Thị xã" : "Huyện";
            chosen.add(new String[] {kind, name});
        }
        return chosen;
    }

    private static ArrayNode communes(Rng r, String province, String kind, String name) {
        List<String[]> items = new ArrayList<>(province.equals("Phú Thọ") && name.equals("Lâm Thao") ? Vocabulary.LAM_THAO_COMMUNES : List.of());
        int n = Math.max(items.size(), r.between(8, 21));
        boolean urban = kind.equals("Quận") || kind.equals("Thành phố") || kind.equals("Thị xã");
        Set<String> used = new HashSet<>();
        for (String[] c : items) used.add(c[1]);
        while (items.size() < n) {
            String a = r.pick(Vocabulary.SYLLABLE_A), b = r.pick(Vocabulary.SYLLABLE_B);
            String cname = a + " " + b;
            if (a.equals(b) || !used.add(cname)) continue;
            String ckind = urban ? (items.size() < n * 2 / 3 ? "Phường" : "Xã") : items.isEmpty() ? "Thị trấn" : "Xã";
            items.add(new String[] {ckind, cname});
        }
        ArrayNode out = NODES.arrayNode();
        for (String[] c : items) {
            ObjectNode o = out.addObject();
            o.put("slug", Slugs.slugify(c[1]));
            o.put("name", c[1]);
            o.put("full_name", c[0] + " " + c[1]);
            o.put("type", c[0]);
        }
        return out;
    }

    private District district(JsonNode province, String kind, String name) {
        String pslug = province.get("slug").asText(), dslug = Slugs.slugify(name);
        Rng r = Rng.of(seed, "unit", pslug, dslug);
        String full = kind + " " + name;
        String host = dslug.replace("-", "") + "." + pslug.replace("-", "") + ".gov.vn";
        ObjectNode unit = NODES.objectNode();
        unit.put("format", "dxportal-generate/district@1");
        unit.put("slug", dslug);
        unit.put("name", name);
        unit.put("full_name", full);
        unit.put("type", kind);
        unit.put("level", "district");
        ObjectNode prov = unit.putObject("province");
        prov.put("slug", pslug);
        prov.put("name", province.get("name").asText());
        prov.put("full_name", province.get("full_name").asText());
        ObjectNode agency = unit.putObject("agency");
        agency.put("name", "Ủy ban nhân dân " + Prose.lowerType(full, kind));
        agency.put("address", "Số " + r.between(1, 299) + ", đường " + r.pick(List.of("Hùng Vương", "Trần Phú", "Lê Lợi", "Nguyễn Huệ", "Quang Trung", "Hai Bà Trưng"))
                + ", " + full + ", " + province.get("full_name").asText());
        agency.put("phone", "0" + r.between(200, 298) + " " + r.between(3000, 3998) + " " + r.between(100, 998));
        agency.put("email", "ubnd@" + host);
        agency.put("website", "https://" + host);
        ObjectNode responsible = unit.putObject("responsible");
        responsible.put("name", Vocabulary.person(r));
        responsible.put("title", "Phó Chủ tịch UBND " + kind.toLowerCase(Locale.ROOT));
        unit.put("editorial_board_head", Vocabulary.person(r));
        unit.put("population", r.between(45_000, 319_999));
        unit.put("area_km2", Math.round(r.uniform(25, 1200) * 10) / 10.0);
        unit.set("communes", communes(r, province.get("name").asText(), kind, name));
        ArrayNode periodsOut = unit.putArray("periods");
        List<ObjectNode> observations = observations(pslug, dslug);
        TreeMap<String, String> narratives = new TreeMap<>();
        List<JsonNode> withData = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ObjectNode per = periods.get(i).deepCopy();
            per.put("narrative", "periods/" + per.get("id").asText() + ".md");
            per.set("observations", observations.get(i));
            per.set("tasks", tasks(Rng.of(seed, "tasks", pslug, dslug, per.get("id").asText()), Integer.parseInt(per.get("id").asText().substring(0, 4))));
            boolean half = per.get("id").asText().endsWith("-h1");
            int year = Integer.parseInt(per.get("id").asText().substring(0, 4));
            String next = i + 1 < periods.size() ? periods.get(i + 1).get("label").asText() : half ? "6 tháng cuối năm " + year : "năm " + (year + 1);
            narratives.put(per.get("id").asText(), Prose.narrative(seed, unit, per, next, indicators, REPORT_WORDS));
            periodsOut.add(per);
            withData.add(per);
        }
        TreeMap<String, String> news = new TreeMap<>();
        ArrayNode newsList = unit.putArray("news");
        for (int i = 0; i < preset.news(); i++) {
            String[] post = Prose.newsPost(seed, unit, i, withData, NEWS_WORDS);
            news.put(post[0], post[1]);
        }
        for (String f : news.keySet()) newsList.add("news/" + f);
        return new District(unit, narratives, news);
    }

    private static ArrayNode tasks(Rng r, int year) {
        ArrayNode rows = NODES.arrayNode();
        for (String name : r.sample(Vocabulary.TASKS, r.between(4, 7))) {
            int progress = r.pick(List.of(0, 10, 25, 40, 60, 75, 90, 100, 100));
            long budget = r.chance(0.5) ? 0 : r.between(50, 2999) * 1_000_000L;
            ObjectNode t = rows.addObject();
            t.put("name", name);
            t.put("progress", progress);
            t.put("budget", budget);
            t.put("status", progress == 100 ? "Hoàn thành" : progress == 0 ? "Chưa thực hiện" : "Đang triển khai");
            if (budget > 0) t.put("decision", Prose.docRef(r, year, "QĐ-UBND"));
            else t.putNull("decision");
        }
        return rows;
    }

    /** One object per period: indicator id → observation, or null when the period's report does not give it. */
    private List<ObjectNode> observations(String pslug, String dslug) {
        Rng r = Rng.of(seed, "obs", pslug, dslug);
        double maturity = r.uniform(0.72, 1.12), growth = r.uniform(0.02, 0.07);
        long[] base = new long[indicators.size()];
        for (int i = 0; i < base.length; i++) {
            Vocabulary.IndicatorDef def = Vocabulary.INDICATORS.get(i % Vocabulary.INDICATORS.size());
            base[i] = r.between(def.lo(), def.hi());
            if (def.kind().equals("money")) base[i] = Math.round(base[i] / 1e6) * 1_000_000L;
        }
        List<ObjectNode> out = new ArrayList<>();
        for (int pi = 0; pi < periods.size(); pi++) {
            boolean half = periods.get(pi).get("id").asText().endsWith("-h1");
            double level = maturity + growth * pi;
            ObjectNode obs = NODES.objectNode();
            for (int i = 0; i < indicators.size(); i++) {
                Vocabulary.IndicatorDef def = Vocabulary.INDICATORS.get(i % Vocabulary.INDICATORS.size());
                String id = indicators.get(i).get("id").asText();
                if (r.chance(0.035)) { obs.putNull(id); continue; }
                double noise = r.gauss(0.06);
                ObjectNode o = obs.putObject(id);
                if (def.kind().equals("ratio")) {
                    long den = base[i] > 500 ? Math.max(5, (long) (base[i] * (half ? 0.5 : 1.0) * r.uniform(0.9, 1.1)))
                            : Math.max(5, (long) (base[i] * r.uniform(0.97, 1.03)));
                    double frac = def.direction().equals("lower")
                            ? def.target() / 100.0 * Math.max(0.05, 2.1 - level - noise * 3)
                            : def.target() / 100.0 * (level + noise);
                    long num = Math.round(den * Math.min(1.0, Math.max(0.0, frac)));
                    o.put("unit", "%");
                    o.put("target", def.target());
                    double pct = Math.round(num * 10000.0 / den) / 100.0;
                    if (r.chance(0.15)) {
                        o.put("value", pct); // the report gives only a percentage
                    } else {
                        o.put("numerator", num);
                        o.put("denominator", den);
                        if (r.chance(0.7)) {
                            double stated = r.chance(0.04) ? Math.round((pct + (r.chance(0.5) ? 1 : -1) * r.uniform(0.1, 1.5)) * 100) / 100.0 : pct;
                            o.put("reported", stated);
                        }
                    }
                } else {
                    long target = half ? Math.max(1, base[i] / 2) : base[i];
                    long value = def.direction().equals("lower") ? Math.max(0, Math.round(target * Math.max(0.0, 2.0 - level + noise * 4)))
                            : Math.max(0, Math.round(target * (level + noise)));
                    if (def.kind().equals("money")) value = Math.round(value / 1000.0) * 1000L;
                    o.put("unit", def.kind().equals("money") ? "đồng" : "số lượng");
                    o.put("value", value);
                    o.put("target", target);
                }
                if (r.chance(0.05)) o.put("note", r.pick(List.of("Số liệu ước tính đến hết kỳ báo cáo", "Theo Hệ thống thông tin giải quyết TTHC của tỉnh",
                        "Số liệu của Sở Thông tin và Truyền thông cung cấp", "Chưa bao gồm số liệu của các đơn vị ngành dọc")));
            }
            out.add(obs);
        }
        return out;
    }
}

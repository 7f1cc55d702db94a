package vn.dxportal.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.dxportal.content.Slugs;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document list of one district, taken from what its narratives cite: the plan a report is based on ("Căn cứ
 * Kế hoạch số 121/KH-UBND ngày 20/6/2022 của UBND tỉnh Phú Thọ về chuyển đổi số năm 2022") and the documents issued in
 * the period ("- Quyết định số 45/QĐ-UBND ngày 3/4/2022 về thực hiện Đề án 06;"). Form, number, issuer, date and
 * abstract are exactly the cited ones; a document cited by several reports lists each period in cited_in.
 */
final class Documents {
    private static final String FORMS = "Kế hoạch|Quyết định|Văn bản|Công văn|Thông báo|Chỉ thị";
    private static final Pattern BASIS = Pattern.compile(
            "Căn cứ (" + FORMS + ") số (\\S+) ngày (\\d{1,2})/(\\d{1,2})/(\\d{4}) của (.+?) về (.+?); ");
    private static final Pattern ISSUED = Pattern.compile(
            "(?m)^- (" + FORMS + ") số (\\S+) ngày (\\d{1,2})/(\\d{1,2})/(\\d{4}) về (.+?);?$");
    private static final Pattern NUMBER = Pattern.compile("(?:" + FORMS + ") số (\\S+)");

    private final String ownIssuer;
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();

    Documents(String ownIssuer) {
        this.ownIssuer = ownIssuer;
    }

    /** "Quyết định số 12/QĐ-UBND ngày 5/3/2022" → "12/QĐ-UBND"; null when the text cites no document. */
    static String number(String citation) {
        Matcher m = NUMBER.matcher(citation);
        return m.find() ? m.group(1) : null;
    }

    void collect(String narrative, String periodId) {
        Matcher basis = BASIS.matcher(narrative);
        if (basis.find()) add(basis, basis.group(6), capitalised(basis.group(7)), periodId);
        Matcher issued = ISSUED.matcher(narrative);
        while (issued.find()) add(issued, ownIssuer, capitalised(issued.group(6)), periodId);
    }

    private void add(Matcher m, String issuer, String title, String periodId) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
        String number = m.group(2);
        String base = Slugs.slugify(number + "-" + date.getYear());
        String id = base;
        for (int n = 2; byId.containsKey(id); n++) {
            ObjectNode same = byId.get(id);
            if (same.path("number").asText().equals(number) && same.path("issued").asText().equals(date.toString())
                    && same.path("title").asText().equals(title)) {
                ArrayNode cited = (ArrayNode) same.get("cited_in");
                boolean listed = false;
                for (var c : cited) listed |= c.asText().equals(periodId);
                if (!listed) cited.add(periodId);
                return;
            }
            id = base + "-" + n;
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("id", id);
        doc.put("form", m.group(1));
        doc.put("number", number);
        doc.put("issuer", issuer);
        doc.put("issued", date.toString());
        doc.put("title", title);
        doc.putArray("cited_in").add(periodId);
        byId.put(id, doc);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    boolean isEmpty() { return byId.isEmpty(); }

    ObjectNode toYaml() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("documents");
        byId.values().forEach(list::add);
        return root;
    }
}

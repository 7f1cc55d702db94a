package vn.dxportal.imports;

import vn.dxportal.content.Slugs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The documented column layout (docs/import.md): one column per observation field of the period YAML. A header
 * cell may hold the key ("numerator"), the Vietnamese label ("Tử số") or both ("Tử số (numerator)"), with or
 * without diacritics, in any case.
 */
enum Column {
    INDICATOR("indicator", "Mã chỉ tiêu", Type.ID),
    NAME("name", "Tên chỉ tiêu", Type.IGNORED),
    SCOPE("scope", "Phạm vi", Type.TEXT),
    VALUE("value", "Giá trị", Type.VALUE),
    NUMERATOR("numerator", "Tử số", Type.NUMBER),
    DENOMINATOR("denominator", "Mẫu số", Type.NUMBER),
    TARGET("target", "Chỉ tiêu kế hoạch", Type.NUMBER),
    TARGET_SOURCE("target_source", "Văn bản giao chỉ tiêu", Type.TEXT),
    STATED_PERCENT("stated_percent", "Tỷ lệ báo cáo nêu", Type.NUMBER),
    STATED_STATUS("stated_status", "Đánh giá của báo cáo", Type.STATUS),
    STATED_DIFFERENCE("stated_difference", "Chênh lệch báo cáo nêu", Type.NUMBER),
    STATED_CHANGE("stated_change", "Tăng giảm báo cáo nêu", Type.NUMBER),
    STATED_TEXT("stated_text", "Trích nguyên văn", Type.TEXT),
    NOTE("note", "Ghi chú", Type.TEXT);

    enum Type { ID, TEXT, NUMBER, VALUE, STATUS, IGNORED }

    final String key;
    final String label;
    final Type type;

    Column(String key, String label, Type type) { this.key = key; this.label = label; this.type = type; }

    /** The header the template uses: "Tử số (numerator)". */
    String header() { return label + " (" + key + ")"; }

    static Column of(String header) {
        String h = header.strip();
        int open = h.lastIndexOf('('), close = h.lastIndexOf(')');
        List<String> tries = open >= 0 && close > open ? List.of(h.substring(open + 1, close), h.substring(0, open)) : List.of(h);
        for (String t : tries) {
            String k = key(t);
            for (Column c : values()) if (k.equals(c.key) || k.equals(key(c.label))) return c;
        }
        return null;
    }

    private static String key(String s) {
        return Slugs.fold(s.replace("(%)", "").strip()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    static String known() { return String.join(", ", Arrays.stream(values()).map(c -> c.key).toList()); }
}

package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** Dotted field paths as rule sets write them ({@code agency.address}) over YAML trees. */
final class Fields {
    private Fields() {}

    /** {@code agency.address} → {@code /agency/address}; the empty path is the root. */
    static String pointer(String dotted) {
        return dotted == null || dotted.isEmpty() ? "" : "/" + dotted.replace('.', '/');
    }

    static JsonNode get(JsonNode root, String dotted) {
        return dotted == null || dotted.isEmpty() ? root : root.at(pointer(dotted));
    }

    /** Written and not empty: blank text, an empty list or an empty block count as missing. */
    static boolean present(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return false;
        if (node.isTextual()) return !node.asText().isBlank();
        if (node.isContainerNode()) return node.size() > 0;
        return true;
    }

    /**
     * "agency.fax" → "Thêm 'fax:' dưới 'agency:' vào …unit.yaml."; for a folder with no file yet (no reporting
     * period), "Tạo tệp trong …periods/ có 'tasks:'."
     */
    static String addHint(String dotted, String file) {
        int dot = dotted.lastIndexOf('.');
        String key = dot < 0 ? dotted : dotted.substring(dot + 1);
        String under = dot < 0 ? "" : " dưới '" + dotted.substring(0, dot).replace(".", ":' › '") + ":'";
        if (file.endsWith("/")) return "Tạo tệp trong " + file + " có '" + key + ":'" + under + " (xem docs/content-format.md).";
        return "Thêm '" + key + ":'" + under + " vào " + file + ".";
    }

    /** " (chưa có tệp X)" or, for a folder, " (chưa có tệp nào trong X)"; empty when the file exists. */
    static String absent(Source source) {
        if (source.exists()) return "";
        return source.file().endsWith("/") ? " (chưa có tệp nào trong " + source.file() + ")" : " (chưa có tệp " + source.file() + ")";
    }
}

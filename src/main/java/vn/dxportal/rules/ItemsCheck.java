package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.content.Slugs;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: items}: the list at {@code path} in {@code file} has at least {@code min} items (counting only those
 * whose {@code where.field}, or the item itself for a list of words, contains one of {@code where.contains},
 * compared without diacritics), every item has
 * each of {@code fields}, and at least one of {@code any_of}. With {@code inherit}, a unit whose own list is too
 * short may rely on the nearest unit above it.
 */
record ItemsCheck(String file, String path, int min, List<String> fields, List<String> anyOf, String whereField,
                  List<String> whereContains, boolean inherit) implements Check {

    private static final int LABELS_SHOWN = 5;

    @Override
    public Result run(Subject subject, CheckContext context) {
        Source own = subject.file(file);
        List<Integer> items = matching(own.root());
        if (items.size() < min && inherit) {
            for (Subject s = subject.parent(); s != null; s = s.parent()) {
                if (matching(s.file(file).root()).size() >= min) return Result.met();
            }
        }
        List<Gap> gaps = new ArrayList<>();
        String listName = path.isEmpty() ? own.file() : "'" + path + "'";
        if (items.size() < min) {
            String filter = whereContains.isEmpty() ? "" : (whereField == null ? " là " : " có '" + whereField + "' chứa ") + quoted(whereContains);
            gaps.add(new Gap(own.at(Fields.pointer(path)), path.isEmpty() ? whereFieldOr("mục") : path,
                    "cần ít nhất " + min + " mục" + filter + " trong " + listName + ", hiện có " + items.size() + Fields.absent(own) + ".",
                    (path.isEmpty() ? "Thêm tệp vào " + own.file() + "." : Fields.addHint(path, own.file()).replace("Thêm '", "Thêm danh sách '"))
                            + (inherit ? " Có thể ghi ở đơn vị cấp trên để các đơn vị trực thuộc dùng chung." : "")));
        }
        for (String field : fields) {
            List<Integer> missing = items.stream().filter(i -> !Fields.present(Fields.get(item(own.root(), i), field))).toList();
            if (!missing.isEmpty()) gaps.add(itemGap(own, missing, items.size(), field, "thiếu '" + field + "'"));
        }
        if (!anyOf.isEmpty()) {
            List<Integer> missing = items.stream()
                    .filter(i -> anyOf.stream().noneMatch(f -> Fields.present(Fields.get(item(own.root(), i), f)))).toList();
            if (!missing.isEmpty()) gaps.add(itemGap(own, missing, items.size(), String.join("|", anyOf),
                    "không có '" + String.join("' hoặc '", anyOf) + "'"));
        }
        return Result.of(gaps);
    }

    private String whereFieldOr(String fallback) { return whereField == null ? fallback : whereField; }

    private Gap itemGap(Source own, List<Integer> missing, int total, String field, String what) {
        String first = itemPointer(missing.get(0));
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < Math.min(LABELS_SHOWN, missing.size()); k++) labels.add(label(item(own.root(), missing.get(k)), missing.get(k)));
        String more = missing.size() > LABELS_SHOWN ? ", …" : "";
        String shownField = (path.isEmpty() ? "" : path) + "[]." + field;
        return new Gap(own.at(first), shownField, missing.size() + "/" + total + " mục " + what + ": " + String.join("; ", labels) + more + ".",
                "Bổ sung '" + field.replace("|", "' hoặc '") + "' cho từng mục trong " + own.file() + " (chỉ ghi điều có nguồn chính thức).");
    }

    private String itemPointer(int index) { return Fields.pointer(path) + "/" + index; }

    /** The item at {@code index} of the list at {@code path}. */
    private JsonNode item(JsonNode root, int index) { return Fields.get(root, path).get(index); }

    private List<Integer> matching(JsonNode root) {
        JsonNode list = Fields.get(root, path);
        List<Integer> out = new ArrayList<>();
        if (!list.isArray()) return out;
        for (int i = 0; i < list.size(); i++) if (matches(list.get(i))) out.add(i);
        return out;
    }

    private boolean matches(JsonNode item) {
        if (whereContains.isEmpty()) return true;
        String value = Slugs.fold((whereField == null ? item : Fields.get(item, whereField)).asText(""));
        return whereContains.stream().anyMatch(c -> value.contains(Slugs.fold(c)));
    }

    private static String label(JsonNode item, int index) {
        for (String key : List.of("number", "name", "title", "question", "id")) { // the shortest name that identifies it
            String v = item.path(key).asText("");
            if (!v.isBlank()) return v.length() > 60 ? v.substring(0, 59) + "…" : v;
        }
        return "mục " + (index + 1);
    }

    private static String quoted(List<String> values) { return "'" + String.join("' hoặc '", values) + "'"; }
}
